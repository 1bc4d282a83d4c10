using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Tests.Kpis;

public sealed class EvaluationIsolationTests
{
    // Small limits keep a runaway formula's test short; the behaviour is the same with the defaults.
    private static readonly Lazy<KpiEvaluator> Evaluator = new(() => new KpiEvaluator(new KpiOptions
    {
        FormulaLimits = new ScriptOptions { MaxStatements = 100_000 },
        ClusterLimits = new ScriptOptions { MaxStatements = 300_000 },
    }));

    private static KpiPack Load(Dictionary<string, string> files)
    {
        var result = new KpiPackLoader(Evaluator.Value).Load(files);
        Assert.True(result.Ok, result.Describe());
        return result.Pack!;
    }

    private static KpiClusterInput Cluster(int enterprises) => new()
    {
        ClusterId = "c",
        Roster = Enumerable.Range(1, enterprises)
            .Select(i => new Dictionary<string, object?> { ["enterprise_id"] = $"E{i}", ["status"] = "active", ["revenue_total"] = 1000.0 * i })
            .ToList(),
    };

    [Fact]
    public void AFormulaThatLoopsOnOneClusterFailsOnlyThatKpi()
    {
        // The dry run's sample has 40 enterprises, so the pack is accepted; a 3-enterprise cluster makes it loop.
        var pack = Load(TestPacks.With($"""
            [{TestPacks.Kpi("fine", kind: "sum", formula: "sum(roster, 'revenue_total')")},
             {TestPacks.Kpi("loops", formulaFile: "loops.js")},
             {TestPacks.Kpi("dependent", formula: "kpi('loops') + 1")},
             {TestPacks.Kpi("after", formula: "count(roster)")}]
            """, ("loops.js", "if (roster.length === 3) {\n  while (true) { }\n}\nreturn 1;")));

        var result = Evaluator.Value.Evaluate(pack, Cluster(3));

        Assert.Equal(6000, result.Values["fine"].Value); // 1,000 + 2,000 + 3,000
        Assert.Equal(3, result.Values["after"].Value);
        var loops = result.Values["loops"].Error!;
        Assert.Equal("loops.js", loops.Where);
        Assert.Contains("loop", loops.Message);
        Assert.Contains("'loops'", result.Values["dependent"].Error!.Message);
        Assert.Equal(2, result.Errors.Count());
    }

    [Fact]
    public void AFormulaThatThrowsOnOneClusterFailsOnlyThatKpiWithItsLine()
    {
        var pack = Load(TestPacks.With($"[{TestPacks.Kpi("throws", formulaFile: "throws.js")}, {TestPacks.Kpi("fine")}]",
            ("throws.js", "var first = roster[0];\nif (roster.length === 2) {\n  return first.missing.field;\n}\nreturn 1;")));

        var result = Evaluator.Value.Evaluate(pack, Cluster(2));

        var error = result.Values["throws"].Error!;
        Assert.Equal(3, error.Line);
        Assert.Contains("TypeError", error.Message);
        Assert.Equal(2, result.Values["fine"].Value);
    }

    [Fact]
    public void AnErrorRaisedInsideTheLibraryNamesTheKpiButNoWrongPosition()
    {
        var pack = Load(TestPacks.With($"[{TestPacks.Kpi("total", kind: "sum", formula: "sum(roster, 'revenue_total')")}]"));
        var input = Cluster(2);
        input.Roster[1]["revenue_total"] = "lots";

        var error = Evaluator.Value.Evaluate(pack, input).Values["total"].Error!;

        Assert.Equal("total", error.KpiId);
        Assert.Contains("sum(): row 2 has \"lots\", which is not a number", error.Message);
        Assert.DoesNotContain("KPI library", error.Message);
        Assert.Null(error.Line);
    }

    [Fact]
    public void KpiHistoryAtTMinus12IsNoValueWhenThereIsNoSuchPeriod()
    {
        var pack = Load(TestPacks.With($"""
            [{TestPacks.Kpi("enrolled")},
             {TestPacks.Kpi("enrolled_growth", kind: "ratio", formulaFile: "growth.js")}]
            """, ("growth.js", "var before = kpi('enrolled', 12);\nif (before === null) { return null; }\nreturn ratio(kpi('enrolled') - before, before);")));

        var first = Evaluator.Value.Evaluate(pack, Cluster(6));
        var later = Evaluator.Value.Evaluate(pack, Cluster(6) with
        {
            History = new() { [12] = new KpiHistoryPeriod { Kpis = new() { ["enrolled"] = 4 } } },
        });

        Assert.Null(first.Values["enrolled_growth"].Value);
        Assert.Null(first.Values["enrolled_growth"].Error);
        Assert.Equal(0.5, later.Values["enrolled_growth"].Value); // (6 - 4) / 4
    }

    [Fact]
    public void AZeroDenominatorIsNoValueNeverZeroOrInfinity()
    {
        var pack = Load(TestPacks.With($"[{TestPacks.Kpi("share", kind: "ratio", formula: "ratio(count(roster, { status: 'closed' }), count(roster))", extra: ", \"factor\": 100")}]"));

        var empty = Evaluator.Value.Evaluate(pack, Cluster(0)).Values["share"];

        Assert.Null(empty.Value);
        Assert.Null(empty.Error);
        Assert.Equal(0, empty.Denominator);
        Assert.Equal(0, Evaluator.Value.Evaluate(pack, Cluster(4)).Values["share"].Value); // 0 closed of 4
    }

    [Fact]
    public void AFormulaCannotChangeTheCallersRoster()
    {
        var pack = Load(TestPacks.With($"[{TestPacks.Kpi("meddles", formula: "(roster.length = 0, roster.push({ status: 'x' }), 1)")}]"));
        var input = Cluster(3);

        Evaluator.Value.Evaluate(pack, input);

        Assert.Equal(3, input.Roster.Count);
        Assert.Equal("active", input.Roster[0]["status"]);
        Assert.Equal(3, input.Roster[0].Count);
    }

    [Fact]
    public void ParallelEvaluationGivesTheSameValuesInInputOrder()
    {
        var inputs = Enumerable.Range(1, 24).Select(n => Cluster(n) with { ClusterId = $"c{n}" }).ToList();

        var results = PilotPack.Evaluator.EvaluateAll(PilotPack.Pack, inputs);

        Assert.Equal(inputs.Select(i => i.ClusterId), results.Select(r => r.ClusterId));
        Assert.All(results, r => Assert.Equal(int.Parse(r.ClusterId[1..]), r.Values["enrolled"].Value));
        // turnover of n enterprises = 1,000 × (1 + 2 + ... + n) = 500 n (n + 1)
        Assert.All(results, r => Assert.Equal(500.0 * r.Values["enrolled"].Value!.Value * (r.Values["enrolled"].Value!.Value + 1), r.Values["turnover"].Value));
    }
}
