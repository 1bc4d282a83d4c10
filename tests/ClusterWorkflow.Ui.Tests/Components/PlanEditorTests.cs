using Bunit;
using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Host.Plans;
using ClusterWorkflow.Host.Ui.Plans;

namespace ClusterWorkflow.Ui.Tests.Components;

/// <summary>The plan editor puts each problem of the plan check at the box it is about, by the problem's JSON path.</summary>
public sealed class PlanEditorTests : DesignerContext
{
    private static readonly PlanChoices Choices = new(["pilot-review"], ["cluster_quarterly", "enterprise_roster_monthly"], ["nretp-cluster-kpis"],
    [
        new ClusterProfile("budaun-zari-01", "ui-journey", "Sample Zari Cluster", ClusterType.Artisanal, "uttar-pradesh", "budaun", "ujhani", "tsa-1"),
    ]);

    private IRenderedComponent<PlanEditor> Render(PlanDraft draft) => Bunit.Render<PlanEditor>(p => p
        .Add(e => e.Draft, draft)
        .Add(e => e.Choices, Choices)
        // The real check of the plan's shape, as the page runs it before the references.
        .Add(e => e.Problems, MonitoringPlanJson.Read(MonitoringPlanJson.Write(draft.ToPlan())).Problems));

    [Fact]
    public void AMissingClusterFormIsShownAtTheClusterFormBoxOnly()
    {
        var editor = Render(new PlanDraft { Id = "ui-plan", WorkflowId = "pilot-review" });

        Assert.Contains("names no clusterForm", editor.Find("[data-testid=plan-cluster-form]").TextContent);
        Assert.DoesNotContain("mud-input-error", editor.Find("[data-testid=plan-workflow]").InnerHtml);
        Assert.DoesNotContain("mud-input-error", editor.Find("[data-testid=plan-roster-form]").InnerHtml);
    }

    [Fact]
    public void AReviewerIdThatIsNotAnIdIsShownAtItsDistrict()
    {
        var draft = new PlanDraft { Id = "ui-plan", WorkflowId = "pilot-review", ClusterFormId = "cluster_quarterly" };
        draft.DistrictReviewers["budaun"] = "dr-ui, Deepa District";

        var editor = Render(draft);

        Assert.Contains("'Deepa District' is not a valid id", editor.Find("[data-testid=reviewers-district-budaun]").TextContent);
        Assert.DoesNotContain("mud-input-error", editor.Find("[data-testid=reviewers-state-uttar-pradesh]").InnerHtml);
        Assert.DoesNotContain("mud-input-error", editor.Find("[data-testid=plan-cluster-form]").InnerHtml);
    }
}
