using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Host.Cli;

/// <summary>
/// <c>kpi check DIR</c>: validates a KPI plugin pack as an upload would be validated — manifest,
/// formulas, dependencies, and a dry run on a sample cluster. Exit 1 with the problems (KPI and
/// line:column) when the pack would be refused.
/// </summary>
public static class KpiCheckVerb
{
    public const string Usage = "kpi check DIR";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["check", var folder])
        {
            await error.WriteLineAsync($"error: expected {Usage}");
            return 2;
        }
        if (!Directory.Exists(folder))
        {
            await error.WriteLineAsync($"error: there is no folder '{Path.GetFullPath(folder)}'.");
            return 1;
        }

        var result = new KpiPackLoader(new KpiEvaluator()).LoadFromFolder(folder);
        if (!result.Ok)
        {
            foreach (var problem in result.Problems) await error.WriteLineAsync($"error: {problem}");
            await error.WriteLineAsync($"error: the pack in '{folder}' would be refused; fix the problems above.");
            return 1;
        }

        await output.WriteLineAsync(result.Describe());
        return 0;
    }
}
