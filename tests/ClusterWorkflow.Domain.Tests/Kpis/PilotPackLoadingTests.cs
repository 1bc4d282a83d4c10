using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Domain.Tests.Kpis;

public sealed class PilotPackLoadingTests
{
    [Fact]
    public void PilotPackLoadsWithoutProblems()
    {
        Assert.True(PilotPack.LoadResult.Ok, PilotPack.LoadResult.Describe());
    }

    [Fact]
    public void PilotPackImplementsEveryKpiOfTheCatalogue()
    {
        string[] catalogue =
        [
            "enrolled", "active_rate", "survival_12m", "new_enterprises", "closures", "employment", "person_days",
            "women_worker_share", "women_owned_share", "sc_st_share", "turnover", "turnover_growth_yoy", "median_revenue",
            "net_income_per_enterprise", "gross_output", "gva", "labour_productivity", "forward_linkage_share",
            "backward_linkage_share", "credit_overdue_share", "cfc_utilisation", "pc_membership", "trained_share",
            "lakhpati_share", "reporting_completeness",
        ];
        Assert.Equal(catalogue.Order(), PilotPack.Pack.Kpis.Select(k => k.Id).Order());
        Assert.All(PilotPack.Pack.Kpis, k => Assert.False(string.IsNullOrEmpty(k.Name.GetValueOrDefault("hi")), k.Id));
    }

    [Fact]
    public void DependenciesComeFirstInTheEvaluationOrder()
    {
        var order = PilotPack.Pack.EvaluationOrder;
        Assert.True(order.IndexOf("gva") > order.IndexOf("gross_output"));
        Assert.True(order.IndexOf("labour_productivity") > order.IndexOf("gva"));
        Assert.True(order.IndexOf("labour_productivity") > order.IndexOf("person_days"));
        Assert.Contains("gross_output", PilotPack.Pack.Find("gva")!.DependsOn);
    }
}
