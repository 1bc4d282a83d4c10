namespace ClusterWorkflow.Grains.Tests.Submissions;

/// <summary>Finds files of the repository (the pilot workflow, the KPI pack) from the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClusterWorkflow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with ClusterWorkflow.sln) is not above the test output folder.");
    }
}
