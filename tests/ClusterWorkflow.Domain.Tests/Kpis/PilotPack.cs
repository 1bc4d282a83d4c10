using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

/// <summary>The pilot pack loaded once per test run, with the evaluator that loaded it.</summary>
internal static class PilotPack
{
    private static readonly Lazy<(KpiEvaluator Evaluator, KpiPackLoadResult Result)> Loaded = new(() =>
    {
        var evaluator = new KpiEvaluator();
        var folder = Path.Combine(AppContext.BaseDirectory, "plugins", "nretp-cluster-kpis");
        return (evaluator, new KpiPackLoader(evaluator).LoadFromFolder(folder));
    });

    public static KpiEvaluator Evaluator => Loaded.Value.Evaluator;

    public static KpiPackLoadResult LoadResult => Loaded.Value.Result;

    public static KpiPack Pack => LoadResult.Pack ?? throw new InvalidOperationException(LoadResult.Describe());
}
