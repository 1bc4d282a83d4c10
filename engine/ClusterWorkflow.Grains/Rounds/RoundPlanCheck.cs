using ClusterWorkflow.Abstractions.Common;
using ClusterWorkflow.Abstractions.Rounds;
using ClusterWorkflow.Domain.Forms.Validation;
using ClusterWorkflow.Domain.Periods;
using ClusterWorkflow.Domain.Workflow;
using ClusterWorkflow.Grains.Submissions;

namespace ClusterWorkflow.Grains.Rounds;

/// <summary>Every problem of a round plan in one pass, each with the plan field it concerns.</summary>
internal static class RoundPlanCheck
{
    public static List<Problem> Problems(string programId, string period, RoundPlan plan, WorkflowEngine engine, FormValidator forms)
    {
        var problems = new List<Problem>();
        if (plan.Period != period)
        {
            problems.Add(new Problem("wrong-period", $"The plan is for period '{plan.Period}' but this round is '{period}'.", "period"));
        }
        if (Period.Parse(plan.Period).Error is { } periodError)
        {
            problems.Add(new Problem("invalid-period", periodError, "period"));
        }
        problems.AddRange(SubmissionDefinitions.Load(plan.Workflow, plan.ClusterForm, plan.RosterForm, engine, forms).Problems);
        if (plan.Clusters.Count == 0)
        {
            problems.Add(new Problem("no-clusters", "The plan names no cluster; add the clusters this round monitors.", "clusters"));
        }
        for (var i = 0; i < plan.Clusters.Count; i++)
        {
            var cluster = plan.Clusters[i];
            if (Identifier.Check(cluster.Id, $"clusters[{i}].id") is { } idProblem)
            {
                problems.Add(idProblem);
            }
            if (cluster.ProgramId != programId)
            {
                problems.Add(new Problem("other-program", $"Cluster '{cluster.Id}' belongs to program '{cluster.ProgramId}', not '{programId}'.", $"clusters[{i}].programId"));
            }
            if (string.IsNullOrWhiteSpace(cluster.TsaId))
            {
                problems.Add(new Problem("no-tsa", $"Cluster '{cluster.Id}' has no TSA; assign one before opening the round.", $"clusters[{i}].tsaId"));
            }
        }
        foreach (var duplicate in plan.Clusters.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem("duplicate-cluster", $"Cluster '{duplicate.Key}' is listed {duplicate.Count()} times; list it once.", "clusters"));
        }
        return problems;
    }
}
