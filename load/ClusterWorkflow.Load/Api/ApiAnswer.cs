using System.Net;
using System.Text.Json;

namespace ClusterWorkflow.Load.Api;

/// <summary>An answer of the API: its status, its body and which silo's address gave it.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string Body, Uri Server, int Attempts)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"{(int)Status} from {Server}: {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
