using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

/// <summary>
/// A six-enterprise cluster whose every KPI is computed by hand in <see cref="PilotKpiTests"/>.
/// E6 is new this period, E5 closed since t-1, E3 joined after t-12 and E7 left before t.
/// </summary>
internal static class HandComputedCluster
{
    public static readonly Enterprise[] Now =
    [
        new("E1", "active", "female", "SC", FamilyFemale: 1, HiredFemale: 1, PersonDays: 50, Revenue: 20000, RevenueViaCollective: 5000,
            RawMaterial: 6000, RawMaterialViaCollective: 3000, OtherCosts: 1000, Wages: 3000, LoanOutstanding: 10000, LoanOverdue: 1000, Trained: true),
        new("E2", "active", "male", "general", FamilyMale: 1, HiredMale: 2, PersonDays: 75, Revenue: 30000,
            RawMaterial: 10000, RawMaterialViaCollective: 2000, OtherCosts: 2000, Wages: 6000, LoanOutstanding: 20000),
        new("E3", "active", "female", "ST", FamilyFemale: 2, PersonDays: 40, Revenue: 8000, RevenueViaCollective: 4000,
            RawMaterial: 2000, OtherCosts: 500, Trained: true),
        new("E4", "temporarily_closed", "female", "OBC", FamilyFemale: 1, PersonDays: 5, Revenue: 1000, RawMaterial: 500,
            LoanOutstanding: 5000, LoanOverdue: 2000),
        new("E5", "closed", "male", "SC"),
        new("E6", "active", "female", "OBC", FamilyFemale: 1, FamilyMale: 1, PersonDays: 48, Revenue: 12000, RevenueViaCollective: 6000,
            RawMaterial: 4000, RawMaterialViaCollective: 4000, OtherCosts: 1000, Trained: true),
    ];

    /// <summary>t-1 .. t-5 alike: E1..E5 active; monthly net income E1 11,000, E2 7,000, E3 5,000, E4 1,000, E5 2,000.</summary>
    public static readonly Enterprise[] RecentMonths =
    [
        new("E1", "active", Revenue: 15000, RawMaterial: 3000, OtherCosts: 1000),
        new("E2", "active", Revenue: 10000, RawMaterial: 3000),
        new("E3", "active", Revenue: 6000, OtherCosts: 1000),
        new("E4", "active", Revenue: 1000),
        new("E5", "active", Revenue: 2000),
    ];

    /// <summary>t-12: E1, E2, E4, E5, E7 active (E3 had not joined); revenue 15,000 + 25,000 + 4,000 + 6,000 + 9,000.</summary>
    public static readonly Enterprise[] YearAgo =
    [
        new("E1", "active", Revenue: 15000),
        new("E2", "active", Revenue: 25000),
        new("E4", "active", Revenue: 4000),
        new("E5", "active", Revenue: 6000),
        new("E7", "active", Revenue: 9000),
    ];

    public static KpiClusterInput WithHistory() => FirstRound() with
    {
        History = new Dictionary<int, KpiHistoryPeriod>
        {
            [1] = Period("2026-10", RecentMonths),
            [2] = Period("2026-09", RecentMonths),
            [3] = Period("2026-08", RecentMonths),
            [4] = Period("2026-07", RecentMonths),
            [5] = Period("2026-06", RecentMonths),
            [12] = Period("2025-11", YearAgo),
        },
    };

    public static KpiClusterInput FirstRound() => new()
    {
        ClusterId = "dh-nagri-bamboo",
        Geography = new KpiGeography { State = "CG", District = "Dhamtari", Block = "Nagri" },
        Period = "2026-11",
        Cluster = new Dictionary<string, object?> { ["pc_members"] = 4, ["cfc_hours_available"] = 200, ["cfc_hours_used"] = 150 },
        Roster = Enterprise.Roster(Now),
        Round = new KpiRoundFacts { DueDate = new DateOnly(2026, 12, 10), ApprovedOn = new DateOnly(2026, 12, 9) },
    };

    private static KpiHistoryPeriod Period(string period, Enterprise[] roster) => new() { Period = period, Roster = Enterprise.Roster(roster) };
}
