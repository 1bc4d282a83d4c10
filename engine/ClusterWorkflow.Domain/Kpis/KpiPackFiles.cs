using System.IO.Compression;
using System.Text;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Reads a pack's text files from a folder or a zip, within size and count limits, refusing paths
/// that leave the pack. A zip whose files all sit in one top folder is read from inside that folder.
/// </summary>
internal static class KpiPackFiles
{
    public static Dictionary<string, string> FromFolder(string folder, KpiOptions options, List<KpiProblem> problems)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            problems.Add(new KpiProblem(null, folder, "The folder does not exist."));
            return files;
        }
        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(options.MaxPackFiles + 1).ToList();
        if (paths.Count > options.MaxPackFiles)
        {
            problems.Add(new KpiProblem(null, folder, $"The pack has more than {options.MaxPackFiles} files."));
            return files;
        }
        long total = 0;
        foreach (var path in paths)
        {
            total += new FileInfo(path).Length;
            if (total > options.MaxPackBytes)
            {
                problems.Add(new KpiProblem(null, folder, $"The pack is larger than {options.MaxPackBytes / 1024} KB."));
                return files;
            }
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllText(path, Encoding.UTF8);
        }
        return files;
    }

    public static Dictionary<string, string> FromZip(Stream zip, KpiOptions options, List<KpiProblem> problems)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > options.MaxPackFiles)
            {
                problems.Add(new KpiProblem(null, "upload", $"The zip holds {entries.Count} files; a pack may have at most {options.MaxPackFiles}."));
                return files;
            }
            var prefix = CommonTopFolder(entries.Select(e => e.FullName.Replace('\\', '/')).ToList());
            long total = 0;
            foreach (var entry in entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Split('/').Contains("..") || name.Contains(':', StringComparison.Ordinal))
                {
                    problems.Add(new KpiProblem(null, $"upload {name}", "A file in the zip points outside the pack; use plain relative paths."));
                    continue;
                }
                var text = ReadLimited(entry, options.MaxPackBytes - total);
                if (text is null)
                {
                    problems.Add(new KpiProblem(null, "upload", $"The unpacked pack is larger than {options.MaxPackBytes / 1024} KB."));
                    return files;
                }
                total += Encoding.UTF8.GetByteCount(text);
                files[name[prefix.Length..]] = text;
            }
        }
        catch (InvalidDataException exception)
        {
            problems.Add(new KpiProblem(null, "upload", $"The upload is not a readable zip file: {exception.Message}"));
        }
        return files;
    }

    private static string? ReadLimited(ZipArchiveEntry entry, long budget)
    {
        if (entry.Length > budget)
        {
            return null;
        }
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The declared length can lie (a zip bomb); count what actually comes out.
            if (buffer.Length + read > budget)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    private static string CommonTopFolder(List<string> names)
    {
        if (names.Count == 0 || names.Any(n => !n.Contains('/')))
        {
            return "";
        }
        var first = names[0][..(names[0].IndexOf('/') + 1)];
        var allInside = names.All(n => n.StartsWith(first, StringComparison.Ordinal));
        return allInside && names.Contains(first + KpiManifestReader.ManifestFile) ? first : "";
    }
}
