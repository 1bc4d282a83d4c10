namespace ClusterWorkflow.Ui.Tests.Infrastructure;

/// <summary>The repository around this test assembly, the host built beside it, and where screenshots go.</summary>
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

    /// <summary>The host's dll in the same configuration as this test build (.../bin/&lt;Configuration&gt;/&lt;tfm&gt;/).</summary>
    public static string HostDll
    {
        get
        {
            var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(Root, "host", "ClusterWorkflow.Host", "bin", configuration, tfm, "ClusterWorkflow.Host.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host is not built at {dll}.");
        }
    }

    /// <summary>artifacts/ui under the repository (ignored by git): the screenshots a person looks at after a run.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "ui")).FullName;
}
