namespace ClusterWorkflow.Host.Demo;

/// <summary>One step of the demo round; it answers the progress line printed for it.</summary>
public interface IDemoStep
{
    /// <summary>A few words for the progress line and the timing table, e.g. "district review".</summary>
    string Name { get; }

    Task<string> RunAsync(DemoRun run);
}
