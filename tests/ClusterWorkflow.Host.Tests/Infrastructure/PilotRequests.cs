using System.Net.Http.Json;

namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>Small requests the storage and API tests share.</summary>
public static class PilotRequests
{
    public static object Cluster(string id) => new
    {
        id,
        name = "Sample Zari-Zardozi Cluster (sample data)",
        type = "artisanal",
        state = "Uttar Pradesh",
        district = "Budaun",
        block = "Ujhani",
        tsaId = "tsa-budaun",
        activity = "zari-zardozi embroidery",
    };

    public static async Task CreateProgramWithClusterAsync(HttpClient http, string programId, string clusterId)
    {
        (await http.PostAsJsonAsync("/api/programs", new { id = programId, name = "NRETP Cluster Development Program" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/programs/{programId}/clusters", Cluster(clusterId))).EnsureSuccessStatusCode();
    }
}
