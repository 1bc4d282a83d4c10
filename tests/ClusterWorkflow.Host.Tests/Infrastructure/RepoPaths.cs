namespace ClusterWorkflow.Host.Tests.Infrastructure;

/// <summary>Finds the built host next to this test assembly's build, in the same configuration.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterWorkflow.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ClusterWorkflow.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string HostDll
    {
        get
        {
            // .../tests/ClusterWorkflow.Host.Tests/bin/<Configuration>/<tfm>/
            var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(Root, "host", "ClusterWorkflow.Host", "bin", configuration, tfm, "ClusterWorkflow.Host.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host is not built at {dll}.");
        }
    }
}
