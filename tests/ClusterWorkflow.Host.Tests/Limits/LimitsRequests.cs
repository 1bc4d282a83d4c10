using System.Net.Http.Json;
using System.Text;

namespace ClusterWorkflow.Host.Tests.Limits;

/// <summary>A program with a small roster form, and roster uploads to it, for the limits tests.</summary>
internal static class LimitsRequests
{
    public const string Form = "limits_roster";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string program, string csv)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "roster.csv" } };
        return await client.PostAsync($"/api/programs/{program}/forms/{Form}/repeats/roster/upload", content);
    }

    /// <summary>A roster CSV with <paramref name="rows"/> enterprises, and blanks at the end to make it larger.</summary>
    public static string Csv(int rows, int padding = 0) =>
        "enterprise_id,status\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"e{i},active\n")) + new string(' ', padding);

    public static async Task EnsureProgramAsync(HttpClient client, string program) =>
        await client.PostAsJsonAsync("/api/programs", new { id = program, name = "Limits" });

    public static async Task EnsureRosterFormAsync(HttpClient client, string program)
    {
        await EnsureProgramAsync(client, program);
        (await client.PostAsJsonAsync($"/api/programs/{program}/forms", new
        {
            id = Form,
            version = 1,
            title = new { en = "Roster" },
            choiceLists = new object[] { new { name = "statuses", choices = new object[] { new { name = "active", label = new { en = "Active" } } } } },
            fields = new object[]
            {
                new
                {
                    name = "roster", type = "Repeat", label = new { en = "Enterprises" },
                    children = new object[]
                    {
                        new { name = "enterprise_id", type = "Text", required = true, label = new { en = "Enterprise id" } },
                        new { name = "status", type = "SelectOne", choiceList = "statuses", required = true, label = new { en = "Status" } },
                    },
                },
            },
        })).EnsureSuccessStatusCode();
    }
}
