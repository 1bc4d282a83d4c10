using ClusterWorkflow.Host.Tests.Infrastructure;

namespace ClusterWorkflow.Host.Tests.Demo;

/// <summary>The demo's round, run by the real command on a real SQLite store: what it leaves behind.</summary>
[Collection(nameof(DemoRoundFixture))]
public sealed class DemoRoundTests(DemoRoundFixture demo)
{
    private static readonly string[] RatioLevels = ["district", "state", "program"];

    [Fact]
    public void DemoExitsWithZeroAndWritesEveryReport()
    {
        Assert.True(demo.ExitCode == 0, demo.Output);
        foreach (var file in new[] { "round-summary.html", "round.xlsx", "kpis.csv", "audit.csv" })
            Assert.True(File.Exists(Path.Combine(demo.OutDir, file)), $"{file} missing:\n{demo.Output}");
        foreach (var cluster in demo.Generator.Program.Clusters)
            Assert.True(File.Exists(Path.Combine(demo.OutDir, $"review-{cluster.Id}.html")), $"review-{cluster.Id}.html missing");
    }

    [Fact]
    public void EveryClusterEndsApproved()
    {
        var last = demo.Audit.GroupBy(a => a["submission"]).ToDictionary(g => g.Key.Split('~')[^1], g => g.MaxBy(a => int.Parse(a["sequence"], System.Globalization.CultureInfo.InvariantCulture))!);

        Assert.Equal(demo.Generator.Program.Clusters.Select(c => c.Id).Order(), last.Keys.Order());
        Assert.All(last.Values, a => Assert.Equal(("approve", "StateReview", "Approved"), (a["trigger"], a["from"], a["to"])));
        Assert.All(last.Values, a => Assert.StartsWith("state-reviewer-", a["who"]));
    }

    [Fact]
    public void ReturnedSubmissionsAuditTrailHasTheReviewersComment()
    {
        var returns = demo.Audit.Where(a => a["trigger"] == "return").ToList();

        Assert.NotEmpty(returns);
        foreach (var returned in returns)
        {
            Assert.StartsWith("district-reviewer-", returned["who"]);
            Assert.StartsWith("Please confirm the revenue of enterprise ", returned["comment"]);
            var trail = demo.Audit.Where(a => a["submission"] == returned["submission"]).Select(a => a["trigger"]).ToList();
            Assert.Equal(["start", "submit", "startReview", "return", "resubmit", "startReview", "approve", "approve"], trail);
            var review = File.ReadAllText(Path.Combine(demo.OutDir, $"review-{returned["submission"].Split('~')[^1]}.html"));
            Assert.Contains(returned["comment"].Split(':')[0], review);
        }
    }

    [Fact]
    public void ClusterTurnoverIsTheSumOfTheGeneratedRevenueAndRollsUpBySumming()
    {
        var kpis = demo.Kpis.Where(k => k["kpi"] == "turnover").ToList();
        var clusters = kpis.Where(k => k["level"] == "cluster").ToDictionary(k => k["node"], k => DemoCsv.Number(k["value"]));
        var program = demo.Generator.Program;

        foreach (var data in demo.Generator.GenerateAll())
        {
            var generated = data.Month(program.CurrentPeriod)!.Rows.Sum(r => Convert.ToDouble(r["revenue_total"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(generated, clusters[data.Cluster.Id]);
        }
        foreach (var district in program.Clusters.GroupBy(c => (c.StateId, c.DistrictId)))
        {
            var rolled = DemoCsv.Number(kpis.Single(k => k["level"] == "district" && k["node"] == $"{district.Key.StateId}/{district.Key.DistrictId}")["value"]);
            Assert.Equal(district.Sum(c => clusters[c.Id]), rolled);
        }
        Assert.Equal(clusters.Values.Sum(), DemoCsv.Number(kpis.Single(k => k["level"] == "program")["value"]));
    }

    [Theory]
    [InlineData("active_rate")]
    [InlineData("forward_linkage_share")]
    [InlineData("women_worker_share")]
    public void RatioKpiAboveTheClustersIsTheSumOfNumeratorsOverTheSumOfDenominators(string kpi)
    {
        var rows = demo.Kpis.Where(k => k["kpi"] == kpi).ToList();
        foreach (var district in demo.Generator.Program.Clusters.GroupBy(c => $"{c.StateId}/{c.DistrictId}"))
        {
            var below = rows.Where(k => k["level"] == "cluster" && district.Any(c => c.Id == k["node"])).ToList();
            var node = rows.Single(k => k["level"] == "district" && k["node"] == district.Key);
            var numerators = below.Sum(k => DemoCsv.Number(k["numerator"]));
            var denominators = below.Sum(k => DemoCsv.Number(k["denominator"]));

            Assert.Equal(district.Count(), below.Count);
            Assert.Equal(numerators, DemoCsv.Number(node["numerator"]));
            Assert.Equal(denominators, DemoCsv.Number(node["denominator"]));
            Assert.Equal(100 * numerators / denominators, DemoCsv.Number(node["value"]), 9);
        }
        Assert.All(RatioLevels, level => Assert.Contains(rows, k => k["level"] == level && k["value"] != ""));
    }

    [Fact]
    public void HistoryGivesTheTwelveMonthKpisAValue()
    {
        var clusters = demo.Kpis.Where(k => k["level"] == "cluster" && k["kpi"] is "survival_12m" or "turnover_growth_yoy").ToList();

        Assert.Equal(2 * demo.Generator.Program.Clusters.Count, clusters.Count);
        Assert.All(clusters, k => Assert.NotEqual("", k["value"]));
    }

    [Fact]
    public void RoundSummaryComparesWithTheMonthBeforeFromTheImportedHistory()
    {
        var summary = File.ReadAllText(Path.Combine(demo.OutDir, "round-summary.html"));
        var movers = summary[summary.IndexOf("moved most", StringComparison.Ordinal)..summary.IndexOf("KPIs by cluster", StringComparison.Ordinal)];

        Assert.DoesNotContain("No cluster has values in both rounds yet", movers);
        Assert.Contains(demo.Generator.Program.Clusters, c => movers.Contains(c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void SomeRosterRowsFailValidationAtUploadAndAreFixed()
    {
        Assert.Matches(@"[1-9]\d* uploads had mistakes, [1-9]\d* rows refused, fixed and uploaded again", demo.Output);
        Assert.Contains("upload: budaun-", demo.Output);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameKpisCsv()
    {
        var outDir = Path.Combine(Directory.CreateTempSubdirectory("cw-demo-again-").FullName, "out");
        var (exitCode, output) = await HostProcess.RunToEndAsync(TimeSpan.FromMinutes(5), demo.Arguments(outDir, Directory.CreateTempSubdirectory("cw-demo-data2-").FullName));

        Assert.True(exitCode == 0, output);
        Assert.Equal(File.ReadAllText(Path.Combine(demo.OutDir, "kpis.csv")), File.ReadAllText(Path.Combine(outDir, "kpis.csv")));
    }
}
