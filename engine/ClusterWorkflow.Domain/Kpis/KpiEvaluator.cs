using System.Runtime.CompilerServices;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Computes a pack's KPIs for clusters. Thread-safe; create one per process and share it.
/// Fast path: one sandbox evaluation per cluster computes every KPI (the data is copied in once).
/// When a KPI fails there, it is run alone to report its own error with line and column; when the
/// whole evaluation hits a limit (a runaway loop), every KPI of that cluster is run alone, so one
/// broken formula yields an error for that KPI only, never a broken round.
/// </summary>
public sealed class KpiEvaluator
{
    private readonly KpiOptions _options;
    private readonly ScriptSandbox _single;
    private readonly ScriptSandbox _combined;
    private readonly ConditionalWeakTable<KpiPack, KpiPackScript> _scripts = new();

    public KpiEvaluator(KpiOptions? options = null)
    {
        _options = options ?? new KpiOptions();
        _single = new ScriptSandbox(_options.FormulaLimits, KpiLibrary.Prelude);
        _combined = new ScriptSandbox(_options.ClusterLimits, KpiLibrary.Prelude);
    }

    public KpiOptions Options => _options;

    /// <summary>The sandbox that runs single formulas; the loader uses it to check syntax.</summary>
    internal ScriptSandbox FormulaSandbox => _single;

    /// <summary>All KPIs of <paramref name="pack"/> for one cluster. Never throws for a formula's mistakes.</summary>
    public KpiClusterResult Evaluate(KpiPack pack, KpiClusterInput input, CancellationToken cancellationToken = default) =>
        Evaluate(pack, input, isolateEachKpi: false, cancellationToken);

    /// <summary>Many clusters at once, <see cref="KpiOptions.MaxParallelism"/> at a time; results in input order.</summary>
    public IReadOnlyList<KpiClusterResult> EvaluateAll(KpiPack pack, IReadOnlyList<KpiClusterInput> inputs, CancellationToken cancellationToken = default)
    {
        var results = new KpiClusterResult[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism },
            i => results[i] = Evaluate(pack, inputs[i], cancellationToken));
        return results;
    }

    /// <summary>With <paramref name="isolateEachKpi"/> every KPI runs alone, seeing only the history it declared (the dry run).</summary>
    internal KpiClusterResult Evaluate(KpiPack pack, KpiClusterInput input, bool isolateEachKpi, CancellationToken cancellationToken)
    {
        var script = _scripts.GetValue(pack, KpiPackScript.Build);
        var current = new Dictionary<string, object?>(StringComparer.Ordinal);
        var variables = KpiVariables.Build(pack, input, script.DataLags, _options.MaxHistoryLag, current);
        var fast = isolateEachKpi || !input.Reported ? null : RunCombined(script, variables, cancellationToken);

        var values = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        foreach (var id in pack.EvaluationOrder)
        {
            var kpi = script.ById[id];
            var value = Compute(kpi, input, values, fast, variables, cancellationToken);
            values[id] = value;
            if (value.Error is null)
            {
                current[id] = value.Value;
            }
        }

        return new KpiClusterResult
        {
            PackId = pack.Id,
            PackVersion = pack.Version,
            ClusterId = input.ClusterId,
            Geography = input.Geography,
            Period = input.Period,
            Values = values,
        };
    }

    private KpiValue Compute(
        KpiDefinition kpi, KpiClusterInput input, Dictionary<string, KpiValue> done,
        Dictionary<string, object?>? fast, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        if (!input.Reported && kpi.Source == KpiDataSource.Cluster)
        {
            return new KpiValue { KpiId = kpi.Id, Note = "No value: the cluster has no approved data for this round." };
        }
        var failed = kpi.DependsOn.FirstOrDefault(d => done.TryGetValue(d, out var v) && v.Error is not null);
        if (failed is not null)
        {
            return KpiResultReader.Fail(kpi, $"The formula was not run: it depends on KPI '{failed}', which failed.");
        }
        if (fast is not null && fast.TryGetValue(kpi.Id, out var raw) && !IsFailureMarker(raw))
        {
            return KpiResultReader.Read(kpi, raw);
        }
        return RunAlone(kpi, KpiVariables.ForOneKpi(variables, kpi), cancellationToken);
    }

    private Dictionary<string, object?>? RunCombined(KpiPackScript script, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var result = _combined.EvaluateFunctionBody(script.SourceId, script.CombinedBody, variables, cancellationToken);
        return result.Ok ? result.Value as Dictionary<string, object?> : null;
    }

    private KpiValue RunAlone(KpiDefinition kpi, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var result = kpi.IsExpression
            ? _single.Evaluate(kpi.FormulaSource, KpiPackScript.TrimExpression(kpi.Formula), variables, cancellationToken)
            : _single.EvaluateFunctionBody(kpi.FormulaSource, kpi.Formula, variables, cancellationToken);
        if (result.Error is not { } error)
        {
            return KpiResultReader.Read(kpi, result.Value);
        }
        // An error raised inside the library (sum() on text, a bad lag) has the library's position,
        // not the formula's: better no line than a wrong one.
        var inLibrary = error.Message.Contains(KpiLibrary.ErrorPrefix, StringComparison.Ordinal);
        return KpiResultReader.Fail(kpi, "The formula failed: " + error.Message.Replace(KpiLibrary.ErrorPrefix, "", StringComparison.Ordinal),
            inLibrary ? null : error.Line, inLibrary ? null : error.Column);
    }

    private static bool IsFailureMarker(object? raw) =>
        raw is Dictionary<string, object?> marker && marker.ContainsKey("__failed");
}
