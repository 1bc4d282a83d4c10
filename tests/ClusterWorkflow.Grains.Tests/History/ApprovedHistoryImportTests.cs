using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Grains.History;
using ClusterWorkflow.Grains.Tests.Infrastructure;
using ClusterWorkflow.Grains.Tests.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ClusterWorkflow.Grains.Tests.History;

/// <summary>Months approved before the product was used go into a cluster's history as an approval puts them there.</summary>
[Collection(nameof(ClusterFixture))]
public sealed class ApprovedHistoryImportTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset ApprovedAt = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ImportedMonthGetsKpisComputedWithTheMonthImportedBeforeIt()
    {
        var (import, cluster) = await SetUpAsync("hist-kpis");

        var october = await import.ImportAsync(Slice(cluster, "2026-10"), WithStatus(ReviewData.Valid(), "e-003", "active"), ApprovedAt.AddMonths(-1));
        var november = await import.ImportAsync(Slice(cluster, "2026-11"), ReviewData.Valid(), ApprovedAt);

        Assert.True(october.Succeeded, string.Join(" ", october.Problems.Select(p => p.Message)));
        Assert.True(november.Succeeded, string.Join(" ", november.Problems.Select(p => p.Message)));
        Assert.Null(october.Value!.Kpis["closures"]);
        Assert.Equal(1, november.Value!.Kpis["closures"]);
        Assert.Equal(20_000, november.Value.Kpis["turnover"]);
        var history = await fixture.Grains.GetGrain<IClusterGrain>(cluster.Id).GetHistoryAsync();
        Assert.Equal(["2026-10", "2026-11"], history.Select(p => p.Period));
    }

    [Fact]
    public async Task DataWithValidationErrorsIsRefusedByFieldAndNothingIsPublished()
    {
        var (import, cluster) = await SetUpAsync("hist-refused");

        var outcome = await import.ImportAsync(Slice(cluster, "2026-11"), ReviewData.Overspent(), ApprovedAt);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Problems, p => p.Field == "funds_spent" && p.Message.Contains("Funds spent cannot exceed funds received.", StringComparison.Ordinal));
        Assert.Empty(await fixture.Grains.GetGrain<IClusterGrain>(cluster.Id).GetHistoryAsync());
    }

    [Fact]
    public async Task ImportingAMonthAgainAnswersTheStoredMonthAndChangesNothing()
    {
        var (import, cluster) = await SetUpAsync("hist-twice");
        await import.ImportAsync(Slice(cluster, "2026-11"), ReviewData.Valid(), ApprovedAt);

        var again = await import.ImportAsync(Slice(cluster, "2026-11"), ReviewData.Valid(trainings: 9), ApprovedAt.AddDays(1));

        Assert.True(again.Succeeded);
        Assert.Equal(ApprovedAt, again.Value!.ApprovedAt);
        var stored = Assert.Single(await fixture.Grains.GetGrain<IClusterGrain>(cluster.Id).GetHistoryAsync());
        Assert.Equal(ApprovedAt, stored.ApprovedAt);
        Assert.Equal(2, Assert.IsType<double>(stored.Data.Cluster["trainings_held"]));
    }

    private async Task<(ApprovedHistoryImport Import, ClusterProfile Cluster)> SetUpAsync(string clusterId)
    {
        var cluster = ReviewPlans.Cluster("hist", clusterId);
        await fixture.Grains.GetGrain<IClusterGrain>(clusterId).CreateAsync(cluster);
        var silo = (InProcessSiloHandle)fixture.Cluster.Primary!;
        return (ActivatorUtilities.CreateInstance<ApprovedHistoryImport>(silo.SiloHost!.Services), cluster);
    }

    private static SubmissionPlan Slice(ClusterProfile cluster, string period)
    {
        var plan = ReviewPlans.For(cluster.ProgramId, [cluster]) with { Period = period };
        return new SubmissionPlan(cluster.ProgramId, plan.Period, plan.DueDate, cluster, plan.Workflow, plan.ClusterForm, plan.RosterForm, plan.KpiPack, [], []);
    }

    private static SubmissionData WithStatus(SubmissionData data, string enterprise, string status) => data with
    {
        Roster = data.Roster.Select(r => (string?)r["enterprise_id"] == enterprise ? new Dictionary<string, object?>(r) { ["status"] = status } : r).ToList(),
    };
}
