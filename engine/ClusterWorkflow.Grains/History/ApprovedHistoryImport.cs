using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Kpis;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Grains.Submissions;

namespace ClusterWorkflow.Grains.History;

/// <summary>
/// Puts a period that was approved before the product was in use (paper, Excel, the old MIS) into a
/// cluster's approved history, by the steps an approval takes: the data is validated against the
/// round's forms and refused when it has errors, the KPIs are computed with the cluster's earlier
/// approved periods (so t−1 and t−12 see them), and the result is published to the cluster grain.
/// Importing periods oldest first gives every month the history a live round would have given it.
/// No submission or audit trail is made: nobody reviewed these months in the product.
/// </summary>
public sealed class ApprovedHistoryImport(IGrainFactory grains, WorkflowEngine engine, FormValidator forms, KpiEvaluator kpis)
{
    /// <summary>
    /// Publishes <paramref name="data"/> as the approved period of <paramref name="plan"/>'s cluster.
    /// A period already in the history is answered as it is, so importing twice changes nothing.
    /// </summary>
    public async Task<Outcome<ApprovedPeriod>> ImportAsync(SubmissionPlan plan, SubmissionData data, DateTimeOffset approvedAt)
    {
        var cluster = grains.GetGrain<IClusterGrain>(plan.Cluster.Id);
        var history = await cluster.GetHistoryAsync();
        if (history.FirstOrDefault(p => p.Period == plan.Period) is { } existing)
        {
            return Outcome<ApprovedPeriod>.Ok(existing);
        }
        var (definitions, problems) = SubmissionDefinitions.Load(plan.Workflow, plan.ClusterForm, plan.RosterForm, engine, forms);
        if (definitions is null)
        {
            return Outcome<ApprovedPeriod>.Invalid(problems);
        }
        var (fieldProblems, cleaned) = SubmissionChecks.Validate(forms, definitions, PlainData.Copy(data));
        var errors = fieldProblems.Where(p => p.Severity == Severity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            return Outcome<ApprovedPeriod>.Invalid(errors
                .Select(p => new Problem("validation-error", $"{plan.Cluster.Id} {plan.Period}: {p.Message}", p.Path)).ToList());
        }
        KpiClusterResult? values = null;
        if (plan.KpiPack is { } pack)
        {
            var input = SubmissionKpiInput.Build(plan, cleaned, history, DateOnly.FromDateTime(approvedAt.UtcDateTime), kpis.Options.MaxHistoryLag);
            values = kpis.Evaluate(pack, input);
        }
        var approved = new ApprovedPeriod(plan.Period, cleaned, SubmissionEffects.KpiValues(values), SubmissionKey.For(plan.RoundKey, plan.Cluster.Id), 1, approvedAt);
        await cluster.PublishAsync(approved);
        return Outcome<ApprovedPeriod>.Ok(approved);
    }
}
