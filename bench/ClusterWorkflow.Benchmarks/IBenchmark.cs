namespace ClusterWorkflow.Benchmarks;

/// <summary>
/// One measurement run. Each benchmark times our path and its baseline in the same run and
/// prints the figures and their ratio; nothing here is asserted.
/// </summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line, e.g. <c>roster-validation</c>.</summary>
    string Name { get; }

    /// <summary>What it measures, one line.</summary>
    string Description { get; }

    void Run(TextWriter output);
}
