using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

/// <summary>Every pilot KPI on <see cref="HandComputedCluster"/>; the arithmetic is in the comments.</summary>
public sealed class PilotKpiTests
{
    private static readonly Lazy<KpiClusterResult> Result =
        new(() => PilotPack.Evaluator.Evaluate(PilotPack.Pack, HandComputedCluster.WithHistory()));

    [Theory]
    // count of roster: E1..E6
    [InlineData("enrolled", 6)]
    // active E1, E2, E3, E6 = 4 of 6 enrolled
    [InlineData("active_rate", 4.0 / 6 * 100)]
    // active at t-12: E1, E2, E4, E5, E7 = 5; of those active now: E1, E2 = 2
    [InlineData("survival_12m", 2.0 / 5 * 100)]
    // active now and not on the t-1 roster: E6
    [InlineData("new_enterprises", 1)]
    // closed now and active at t-1: E5
    [InlineData("closures", 1)]
    // family women 1+2+1+1 = 5, family men 1+1 = 2, hired women 1, hired men 2: 10
    [InlineData("employment", 10)]
    // 50 + 75 + 40 + 5 + 0 + 48
    [InlineData("person_days", 218)]
    // women workers 5 + 1 = 6 of 10
    [InlineData("women_worker_share", 60)]
    // active with a woman owner: E1, E3, E6 = 3 of 4 active
    [InlineData("women_owned_share", 75)]
    // active SC/ST owners: E1 (SC), E3 (ST) = 2 of 4 active (E5 is SC but closed)
    [InlineData("sc_st_share", 50)]
    // 20,000 + 30,000 + 8,000 + 1,000 + 0 + 12,000
    [InlineData("turnover", 71000)]
    // same enterprises E1, E2, E4, E5: now 20,000 + 30,000 + 1,000 + 0 = 51,000; t-12 15,000 + 25,000 + 4,000 + 6,000 = 50,000; +1,000 / 50,000
    [InlineData("turnover_growth_yoy", 2)]
    // active revenues 8,000 12,000 20,000 30,000: (12,000 + 20,000) / 2
    [InlineData("median_revenue", 16000)]
    // net E1 20,000-6,000-1,000-3,000 = 10,000; E2 30,000-10,000-2,000-6,000 = 12,000; E3 8,000-2,000-500 = 5,500; E6 12,000-4,000-1,000 = 7,000; 34,500 / 4
    [InlineData("net_income_per_enterprise", 8625)]
    [InlineData("gross_output", 71000)]
    // 71,000 - raw material (6,000+10,000+2,000+500+4,000 = 22,500) - other (1,000+2,000+500+1,000 = 4,500)
    [InlineData("gva", 44000)]
    // 44,000 / 218 person-days
    [InlineData("labour_productivity", 44000.0 / 218)]
    // via collective 5,000 + 4,000 + 6,000 = 15,000 of 71,000
    [InlineData("forward_linkage_share", 15000.0 / 71000 * 100)]
    // via collective 3,000 + 2,000 + 4,000 = 9,000 of 22,500
    [InlineData("backward_linkage_share", 40)]
    // overdue 1,000 + 2,000 = 3,000 of outstanding 10,000 + 20,000 + 5,000 = 35,000
    [InlineData("credit_overdue_share", 3000.0 / 35000 * 100)]
    // 150 of 200 hours
    [InlineData("cfc_utilisation", 75)]
    // 4 members of 6 enrolled
    [InlineData("pc_membership", 4.0 / 6 * 100)]
    // trained E1, E3, E6 = 3 of 6
    [InlineData("trained_share", 50)]
    // six months (t, t-1..t-5): E1 (10,000 + 5 × 11,000) / 6 = 10,833 ≥ 10,000; E2 (12,000 + 5 × 7,000) / 6 = 7,833;
    // E3 (5,500 + 5 × 5,000) / 6 = 5,083; E6 7,000 (one month): 1 of 4 active
    [InlineData("lakhpati_share", 25)]
    // approved 9 Dec, due 10 Dec: 1 of 1
    [InlineData("reporting_completeness", 100)]
    public void PilotKpiMatchesTheHandComputedValue(string kpiId, double expected)
    {
        var value = Result.Value.Values[kpiId];
        Assert.Null(value.Error);
        Assert.NotNull(value.Value);
        Assert.Equal(expected, value.Value!.Value, 6);
    }

    [Fact]
    public void EveryPilotKpiHasAValueOnTheHandComputedCluster()
    {
        Assert.Equal(25, Result.Value.Values.Count);
        Assert.Empty(Result.Value.Errors);
    }

    [Fact]
    public void RatioKpisKeepNumeratorAndDenominator()
    {
        var active = Result.Value.Values["active_rate"];
        Assert.Equal(4, active.Numerator);
        Assert.Equal(6, active.Denominator);
    }

    [Fact]
    public void ValuesAreRatedAgainstTheTargetsInTheKpisDirection()
    {
        // active_rate 66.7 % < amber 70: red; women_owned_share 75 % ≥ green 50: green;
        // credit_overdue_share 8.6 % (lower is better) between green 5 and amber 15: amber; enrolled has no targets.
        Assert.Equal(KpiRating.Red, Result.Value.Values["active_rate"].Rating);
        Assert.Equal(KpiRating.Green, Result.Value.Values["women_owned_share"].Rating);
        Assert.Equal(KpiRating.Amber, Result.Value.Values["credit_overdue_share"].Rating);
        Assert.Equal(KpiRating.None, Result.Value.Values["enrolled"].Rating);
    }

    [Theory]
    [InlineData("survival_12m")]
    [InlineData("turnover_growth_yoy")]
    [InlineData("new_enterprises")]
    [InlineData("closures")]
    [InlineData("lakhpati_share")]
    public void KpisThatNeedHistoryHaveNoValueInTheFirstRound(string kpiId)
    {
        var value = PilotPack.Evaluator.Evaluate(PilotPack.Pack, HandComputedCluster.FirstRound()).Values[kpiId];
        Assert.Null(value.Error);
        Assert.Null(value.Value);
    }

    [Fact]
    public void KpisWithoutHistoryAreUnchangedInTheFirstRound()
    {
        var first = PilotPack.Evaluator.Evaluate(PilotPack.Pack, HandComputedCluster.FirstRound());
        Assert.Equal(44000, first.Values["gva"].Value);
        Assert.Empty(first.Errors);
    }

    [Fact]
    public void ReportingCompletenessIsZeroForALateApproval()
    {
        var late = HandComputedCluster.FirstRound() with
        {
            Round = new KpiRoundFacts { DueDate = new DateOnly(2026, 12, 10), ApprovedOn = new DateOnly(2026, 12, 11) },
        };
        var value = PilotPack.Evaluator.Evaluate(PilotPack.Pack, late).Values["reporting_completeness"];
        Assert.Equal(0, value.Value);
        Assert.Equal(1, value.Denominator);
    }

    [Fact]
    public void AClusterThatDidNotReportCountsAgainstCompletenessAndHasNoOtherValues()
    {
        var silent = new KpiClusterInput
        {
            ClusterId = "bd-ujhani-zari",
            Reported = false,
            Round = new KpiRoundFacts { DueDate = new DateOnly(2026, 12, 10) },
        };
        var result = PilotPack.Evaluator.Evaluate(PilotPack.Pack, silent);
        Assert.Equal(0, result.Values["reporting_completeness"].Value);
        Assert.Equal(1, result.Values["reporting_completeness"].Denominator);
        Assert.Null(result.Values["enrolled"].Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void CfcUtilisationHasNoValueInAMonthWithoutTheClusterForm()
    {
        var monthly = HandComputedCluster.FirstRound() with { Cluster = [] };
        var result = PilotPack.Evaluator.Evaluate(PilotPack.Pack, monthly);
        Assert.Null(result.Values["cfc_utilisation"].Value);
        Assert.Null(result.Values["pc_membership"].Value);
        Assert.Empty(result.Errors);
    }
}
