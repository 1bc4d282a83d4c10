using System.IO.Compression;
using System.Text;

namespace ClusterWorkflow.Load.Round;

/// <summary>The malformed, oversized and hostile requests the bad-input mix sends; built once, sent many times.</summary>
public static class BadInputs
{
    public static readonly byte[] MalformedDraft = Encoding.UTF8.GetBytes("{\"data\": {\"cluster\": {\"pc_members\": 12,, \"roster\": [ {\"enterprise_id\": ");

    /// <summary>A roster CSV of about 11 MB: over the upload limit of 10 MB.</summary>
    public static readonly Lazy<byte[]> OversizedRoster = new(() =>
    {
        var text = new StringBuilder("enterprise_id,owner_name,revenue_total\n");
        var line = 0;
        while (text.Length < 11 * 1024 * 1024) text.Append("ent-").Append(line++).Append(",Sample Owner (sample data),12345\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    });

    /// <summary>A KPI pack whose only formula never ends: the sandbox must stop it and refuse the pack.</summary>
    public static readonly Lazy<byte[]> LoopingPack = new(() =>
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("manifest.json").Open());
            writer.Write("""
                { "id": "load-looping", "version": "1.0.0", "name": { "en": "Looping (load test)" },
                  "inputs": { "cluster": [], "roster": [ { "id": "revenue_total", "type": "number" } ] },
                  "kpis": [ { "id": "forever", "name": { "en": "Forever" }, "unit": "count", "direction": "up", "goals": ["revenue"],
                              "kind": "count", "formula": "var n = 0; while (true) { n++; }" } ] }
                """);
        }
        return buffer.ToArray();
    });

    public const string LoopingPackId = "load-looping";
}
