using System.IO.Compression;
using System.Text;
using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The pilot's KPI pack (plugins/nretp-cluster-kpis) zipped as a program manager would upload it, optionally changed on the way.</summary>
public static class KpiPackZip
{
    public static FilePayload Write(string name, string packId, (string File, string Text)? replace = null)
    {
        var folder = Path.Combine(RepoPaths.Root, "plugins", "nretp-cluster-kpis");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var entry = Path.GetRelativePath(folder, path).Replace('\\', '/');
                var text = File.ReadAllText(path);
                if (entry == "manifest.json") text = text.Replace("\"id\": \"nretp-cluster-kpis\"", $"\"id\": \"{packId}\"");
                if (replace is { } r && r.File == entry) text = r.Text;
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return new FilePayload { Name = name, MimeType = "application/zip", Buffer = buffer.ToArray() };
    }
}
