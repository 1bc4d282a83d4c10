namespace ClusterWorkflow.Host.Cli;

/// <summary>Where a verb writes its --out file: the folder is made if it is not there yet, as people expect of --out.</summary>
internal static class OutputFile
{
    public static string Prepare(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        return file;
    }
}
