using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

public sealed class PackValidationTests
{
    private static KpiPackLoadResult Load(Dictionary<string, string> files) => new KpiPackLoader(PilotPack.Evaluator).Load(files);

    [Fact]
    public void ASyntaxErrorIsRefusedWithTheKpiAndLineAndColumn()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("broken", formulaFile: "formulas/broken.js")}]",
            ("formulas/broken.js", "var total = sum(roster, 'revenue_total');\nreturn total +* 2;")));

        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("broken", problem.KpiId);
        Assert.Equal("formulas/broken.js", problem.Where);
        Assert.Equal(2, problem.Line);
        Assert.Equal(15, problem.Column);
    }

    [Fact]
    public void ADependencyCycleIsRefusedNamingTheKpisInIt()
    {
        var result = Load(TestPacks.With($"""
            [{TestPacks.Kpi("a", formula: "kpi('b') + 1")}, {TestPacks.Kpi("b", formula: "kpi('c') + 1")},
             {TestPacks.Kpi("c", formula: "kpi('a') + 1")}, {TestPacks.Kpi("d")}]
            """));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("a → b → c → a", problem.Message);
        Assert.Null(result.Pack);
    }

    [Fact]
    public void AnInfiniteLoopIsRefusedByTheDryRun()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("forever", formulaFile: "forever.js")}, {TestPacks.Kpi("fine")}]",
            ("forever.js", "var n = 0;\nwhile (true) { n++; }\nreturn n;")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("forever", problem.KpiId);
        Assert.Contains("Dry run", problem.Message);
        Assert.Contains("loop", problem.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd').length")]
    [InlineData("importNamespace('System').Environment.Exit(1)")]
    [InlineData("roster.constructor.constructor('return this')().System.IO.File.Exists('/etc/passwd') ? 1 : 0")]
    public void AFormulaThatReachesForDotNetIsRefused(string formula)
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("escape", formula: formula)}]"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("escape", problem.KpiId);
        Assert.Equal(1, problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void MissingAndWrongManifestFieldsAreAllReportedWithTheirJsonPaths()
    {
        var result = Load(TestPacks.With("""
            [ { "id": "no_kind", "name": { "en": "x" }, "unit": "count", "direction": "up", "formula": "1" },
              { "id": "bad_direction", "name": { "en": "x" }, "unit": "%", "direction": "sideways", "kind": "ratio", "formula": "ratio(1, 2)" },
              { "id": "typo", "name": { "en": "x" }, "unit": "count", "direction": "up", "kind": "count", "fomula": "1" } ]
            """));

        Assert.False(result.Ok);
        var where = result.Problems.Select(p => (p.KpiId, p.Where)).ToList();
        Assert.Contains(("no_kind", "manifest.json $.kpis[0].kind"), where);
        Assert.Contains(("bad_direction", "manifest.json $.kpis[1].direction"), where);
        Assert.Contains(("typo", "manifest.json $.kpis[2].fomula"), where);
        Assert.Contains(result.Problems, p => p.KpiId == "bad_direction" && p.Message.Contains("up, down"));
    }

    [Fact]
    public void AMissingManifestIsRefused()
    {
        var result = Load(new Dictionary<string, string> { ["formulas/a.js"] = "return 1;" });

        Assert.Contains("manifest.json", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void InvalidJsonIsReportedWithLineAndColumn()
    {
        var result = Load(new Dictionary<string, string> { ["manifest.json"] = "{\n  \"id\": \"x\",\n  \"kpis\": [ } \n}" });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void AFormulaReturningTextIsRefused()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("text", kind: "sum", formula: "'a lot'")}]"));

        Assert.Contains("text", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ARatioKpiMustReturnNumeratorAndDenominator()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("share", kind: "ratio", formula: "count(roster) / 2")}]"));

        Assert.Contains("ratio(numerator, denominator)", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ADependencyOnAnUnknownKpiIsRefused()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("a", formula: "kpi('nope') + 1")}]"));

        Assert.Contains("'nope'", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ACustomKpiMustSayHowItRollsUp()
    {
        var result = Load(TestPacks.With($"[{TestPacks.Kpi("score", kind: "custom", formula: "1")}]"));

        Assert.Equal("manifest.json $.kpis[0].rollup", Assert.Single(result.Problems).Where);
    }

    [Fact]
    public void TargetsThatContradictTheDirectionAreRefused()
    {
        var result = Load(TestPacks.With($$"""[{{TestPacks.Kpi("c", extra: ", \"targets\": { \"green\": 10, \"amber\": 20 }")}}]"""));

        Assert.Equal("manifest.json $.kpis[0].targets", Assert.Single(result.Problems).Where);
    }
}
