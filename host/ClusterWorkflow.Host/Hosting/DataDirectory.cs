namespace ClusterWorkflow.Host.Hosting;

/// <summary>Makes sure the data folder exists and can be written, before anything else opens it.</summary>
public static class DataDirectory
{
    public static string EnsureWritable(string dataDir)
    {
        var full = Path.GetFullPath(dataDir);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new HostStartException(
                $"Cannot write to the data folder '{full}': {e.Message} " +
                "Give the user running the host write access to it, or choose another folder with --data-dir DIR.", e);
        }
    }
}
