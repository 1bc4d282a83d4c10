using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ClusterWorkflow.Domain.Tests.Reporting;

/// <summary>
/// Expected outputs under TestFiles/Reporting. Set UPDATE_GOLDEN=1 to rewrite them (and the model
/// JSON beside them) in the source tree after an intended change, then review the diff.
/// </summary>
internal static class GoldenFiles
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string OutputPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Reporting", name);

    public static string TemplatePath(string name) => Path.Combine(AppContext.BaseDirectory, "templates", "reports", name);

    public static string SourcePath(string name, [CallerFilePath] string caller = "") =>
        Path.Combine(Path.GetDirectoryName(caller)!, "..", "TestFiles", "Reporting", name);

    /// <summary>The stored text, or (when updating) <paramref name="actual"/> after writing it to the source tree.</summary>
    public static string Expected(string name, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(SourcePath(name), actual);
            return actual;
        }

        return File.ReadAllText(OutputPath(name));
    }

    public static T Model<T>(string name, T sample)
    {
        if (Updating)
        {
            File.WriteAllText(SourcePath(name), JsonSerializer.Serialize(sample, Json) + "\n");
            return sample;
        }

        return JsonSerializer.Deserialize<T>(File.ReadAllText(OutputPath(name)))!;
    }
}
