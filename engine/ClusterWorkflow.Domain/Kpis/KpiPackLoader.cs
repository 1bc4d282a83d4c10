using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Kpis;

/// <summary>
/// Loads and validates a KPI plugin pack from a folder (at start) or an uploaded zip. Validation
/// collects every problem in one pass: the manifest's schema (with JSON paths), every formula's
/// syntax (with line:column), dependencies and cycles, then a dry run of each KPI alone on a
/// generated sample cluster — once as a first round (no history), once with a year of history — so
/// a formula that throws, loops or returns a non-number is refused before anyone relies on it.
/// </summary>
public sealed class KpiPackLoader(KpiEvaluator evaluator)
{
    private readonly KpiOptions _options = evaluator.Options;

    public KpiPackLoadResult LoadFromFolder(string folder)
    {
        var problems = new List<KpiProblem>();
        var files = KpiPackFiles.FromFolder(folder, _options, problems);
        return problems.Count > 0 ? new KpiPackLoadResult(null, problems) : Load(files);
    }

    public KpiPackLoadResult LoadFromZip(Stream zip)
    {
        var problems = new List<KpiProblem>();
        var files = KpiPackFiles.FromZip(zip, _options, problems);
        return problems.Count > 0 ? new KpiPackLoadResult(null, problems) : Load(files);
    }

    /// <summary>Validates a pack given as file texts by path inside the pack (<c>manifest.json</c>, <c>formulas/gva.js</c>).</summary>
    public KpiPackLoadResult Load(IReadOnlyDictionary<string, string> files)
    {
        var problems = new List<KpiProblem>();
        var draft = KpiManifestReader.Read(files, _options.MaxHistoryLag, problems);
        if (draft is null)
        {
            return new KpiPackLoadResult(null, problems);
        }

        var kpis = draft.Kpis.Select(k => KpiFormulaScanner.WithInferredReads(k, _options.MaxHistoryLag)).ToList();
        foreach (var kpi in kpis.Where(k => k.Formula.Length > 0))
        {
            CheckSyntax(kpi, problems);
        }
        var order = KpiDependencyGraph.Order(kpis, problems);
        if (problems.Count > 0)
        {
            return new KpiPackLoadResult(null, problems);
        }

        var pack = draft with { Kpis = kpis, EvaluationOrder = order };
        DryRun(pack, problems);
        return problems.Count > 0 ? new KpiPackLoadResult(null, problems) : new KpiPackLoadResult(pack, problems);
    }

    private void CheckSyntax(KpiDefinition kpi, List<KpiProblem> problems)
    {
        var sandbox = evaluator.FormulaSandbox;
        var error = kpi.IsExpression
            ? sandbox.Check(kpi.FormulaSource, KpiPackScript.TrimExpression(kpi.Formula))
            : sandbox.Check(kpi.FormulaSource, kpi.Formula, isFunctionBody: true);
        if (error is not null)
        {
            problems.Add(new KpiProblem(kpi.Id, kpi.FormulaSource, error.Message, error.Line, error.Column));
            return;
        }
        // The fast path runs every formula as a function body; an inline formula must therefore be one expression.
        if (kpi.IsExpression && sandbox.Check(kpi.FormulaSource, KpiPackScript.AsFunctionBody(kpi), isFunctionBody: true) is not null)
        {
            problems.Add(new KpiProblem(kpi.Id, kpi.FormulaSource,
                "An inline 'formula' must be a single expression; put statements in a 'formulaFile' whose body ends with 'return ...;'."));
        }
    }

    private void DryRun(KpiPack pack, List<KpiProblem> problems)
    {
        var samples = new (string Name, KpiClusterInput Input)[]
        {
            ("a first round (no history)", KpiSampleCluster.Create(pack, _options.SampleRosterRows, historyLags: 0)),
            ($"a round with {_options.MaxHistoryLag} earlier periods", KpiSampleCluster.Create(pack, _options.SampleRosterRows, _options.MaxHistoryLag)),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, input) in samples)
        {
            var result = evaluator.Evaluate(pack, input, isolateEachKpi: true, CancellationToken.None);
            foreach (var error in result.Errors.Where(e => seen.Add(e.KpiId!)))
            {
                problems.Add(error with { Message = $"Dry run on the sample cluster, {name}: {error.Message}" });
            }
        }
    }
}
