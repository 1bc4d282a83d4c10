using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

public sealed class RollupTests
{
    private static KpiClusterResult Cluster(string id, string state, string district, string block, params KpiValue[] values) => new()
    {
        ClusterId = id,
        Geography = new KpiGeography { State = state, District = district, Block = block },
        Values = values.ToDictionary(v => v.KpiId),
    };

    private static KpiValue Ratio(string kpiId, double numerator, double denominator) =>
        new() { KpiId = kpiId, Numerator = numerator, Denominator = denominator, Value = denominator == 0 ? null : numerator / denominator * 100 };

    private static KpiValue Number(string kpiId, double value) => new() { KpiId = kpiId, Value = value };

    [Fact]
    public void RatioKpiRollsUpBySummingNumeratorsAndDenominators()
    {
        // Cluster A: 450 active of 500 = 90 %; cluster B: 10 of 50 = 20 %.
        // Averaging the percentages would say 55 %; the district has 460 active of 550 = 83.64 %.
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "UP", "Budaun", "Ujhani", Ratio("active_rate", 450, 500)),
            Cluster("b", "UP", "Budaun", "Sahaswan", Ratio("active_rate", 10, 50)),
        ]);

        var district = rollup.Find(KpiLevel.District, "UP/Budaun")!.Values["active_rate"];
        Assert.Equal(460, district.Numerator);
        Assert.Equal(550, district.Denominator);
        Assert.Equal(460.0 / 550 * 100, district.Value!.Value, 9);
        Assert.NotEqual(55, district.Value!.Value, 1);
        Assert.Equal(2, district.ClustersCounted);
    }

    [Fact]
    public void CountsAndSumsAddUpThroughEveryLevel()
    {
        // Budaun: 500 + 300 enterprises in two blocks; Dhamtari: 200. UP = 800, CG = 200, program = 1,000.
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "UP", "Budaun", "Ujhani", Number("enrolled", 500), Number("turnover", 1_00_00_000)),
            Cluster("b", "UP", "Budaun", "Sahaswan", Number("enrolled", 300), Number("turnover", 50_00_000)),
            Cluster("c", "CG", "Dhamtari", "Nagri", Number("enrolled", 200), Number("turnover", 25_00_000)),
        ]);

        Assert.Equal(500, rollup.Find(KpiLevel.Block, "UP/Budaun/Ujhani")!.Values["enrolled"].Value);
        Assert.Equal(800, rollup.Find(KpiLevel.District, "UP/Budaun")!.Values["enrolled"].Value);
        Assert.Equal(800, rollup.Find(KpiLevel.State, "UP")!.Values["enrolled"].Value);
        Assert.Equal(200, rollup.Find(KpiLevel.State, "CG")!.Values["enrolled"].Value);
        var program = rollup.Find(KpiLevel.Program, "program")!;
        Assert.Equal(1000, program.Values["enrolled"].Value);
        Assert.Equal(1_75_00_000, program.Values["turnover"].Value);
        Assert.Equal(3, program.ClusterCount);
        Assert.Equal("UP/Budaun", rollup.Find(KpiLevel.Block, "UP/Budaun/Ujhani")!.ParentId);
    }

    [Fact]
    public void AClusterWithAZeroDenominatorAddsNothingButIsCounted()
    {
        // Cluster a: no loans at all (0 / 0, no value); cluster b: 3,000 overdue of 35,000. Block: 3,000 / 35,000.
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "CG", "Dhamtari", "Kurud", Ratio("credit_overdue_share", 0, 0)),
            Cluster("b", "CG", "Dhamtari", "Kurud", Ratio("credit_overdue_share", 3000, 35000)),
        ]);

        var block = rollup.Find(KpiLevel.Block, "CG/Dhamtari/Kurud")!.Values["credit_overdue_share"];
        Assert.Equal(3000.0 / 35000 * 100, block.Value!.Value, 9);
        Assert.Equal(2, block.ClustersCounted);
        Assert.Null(rollup.Find(KpiLevel.Cluster, "a")!.Values["credit_overdue_share"].Value);
    }

    [Fact]
    public void ARollupWhoseDenominatorsAreAllZeroHasNoValue()
    {
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "CG", "Dhamtari", "Kurud", Ratio("credit_overdue_share", 0, 0)),
            Cluster("b", "CG", "Dhamtari", "Kurud", Ratio("credit_overdue_share", 0, 0)),
        ]);

        var district = rollup.Find(KpiLevel.District, "CG/Dhamtari")!.Values["credit_overdue_share"];
        Assert.Null(district.Value);
        Assert.Equal(0, district.Denominator);
        Assert.NotNull(district.Note);
    }

    [Fact]
    public void ClustersWithErrorsOrNoValueAreLeftOutAndCountedAsMissing()
    {
        var failed = new KpiValue { KpiId = "employment", Error = new KpiProblem("employment", "manifest.json", "boom") };
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "UP", "Budaun", "Ujhani", Number("employment", 700)),
            Cluster("b", "UP", "Budaun", "Ujhani", failed),
            Cluster("c", "UP", "Budaun", "Ujhani", new KpiValue { KpiId = "employment" }),
        ]);

        var block = rollup.Find(KpiLevel.Block, "UP/Budaun/Ujhani")!.Values["employment"];
        Assert.Equal(700, block.Value);
        Assert.Equal(1, block.ClustersCounted);
        Assert.Equal(2, block.ClustersMissing);
    }

    [Fact]
    public void ACustomKpiDeclaredNotToRollUpHasNoValueAboveTheCluster()
    {
        var rollup = KpiRollup.Compute(PilotPack.Pack,
        [
            Cluster("a", "UP", "Budaun", "Ujhani", Number("median_revenue", 16000)),
            Cluster("b", "UP", "Budaun", "Ujhani", Number("median_revenue", 9000)),
        ]);

        Assert.Equal(16000, rollup.Find(KpiLevel.Cluster, "a")!.Values["median_revenue"].Value);
        Assert.Null(rollup.Find(KpiLevel.Block, "UP/Budaun/Ujhani")!.Values["median_revenue"].Value);
    }

    [Fact]
    public void EvaluatedClustersRollUpToTheSameRatiosAsTheirPooledRosters()
    {
        // The hand-computed cluster (4 active of 6) and a second one (1 active of 4): 5 of 10 active = 50 %,
        // where averaging 66.7 % and 25 % would give 45.8 %. Labour productivity: (44,000 + 2,000) / (218 + 20).
        var second = HandComputedCluster.FirstRound() with
        {
            ClusterId = "dh-kurud-paddy",
            Geography = new KpiGeography { State = "CG", District = "Dhamtari", Block = "Kurud" },
            Roster = Enterprise.Roster(
                new Enterprise("K1", "active", PersonDays: 20, Revenue: 3000, RawMaterial: 1000),
                new Enterprise("K2", "closed"), new Enterprise("K3", "closed"), new Enterprise("K4", "not_traced")),
        };
        var results = PilotPack.Evaluator.EvaluateAll(PilotPack.Pack, [HandComputedCluster.WithHistory(), second]);
        var district = KpiRollup.Compute(PilotPack.Pack, results).Find(KpiLevel.District, "CG/Dhamtari")!;

        Assert.Equal(50, district.Values["active_rate"].Value!.Value, 9);
        Assert.Equal(46000.0 / 238, district.Values["labour_productivity"].Value!.Value, 9);
        Assert.Equal(10, district.Values["enrolled"].Value);
    }
}
