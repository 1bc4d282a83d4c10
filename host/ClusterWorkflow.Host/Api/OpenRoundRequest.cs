using ClusterWorkflow.Abstractions.Common;

namespace ClusterWorkflow.Host.Api;

/// <summary>
/// Body of <c>POST /api/programs/{program}/rounds</c>: the period (<c>2026-11</c>, <c>FY2026-27-Q3</c>),
/// the monitoring plan (latest version unless <see cref="PlanVersion"/> pins one), and a due date
/// that overrides the plan's due rule.
/// </summary>
public sealed record OpenRoundRequest(string? Period, string? PlanId, int? PlanVersion, DateOnly? DueDate)
{
    public List<Problem> Check()
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(Period))
            problems.Add(new Problem("required", "Name the round's period, e.g. \"2026-11\" or \"FY2026-27-Q3\".", "period"));
        if (string.IsNullOrWhiteSpace(PlanId))
            problems.Add(new Problem("required", "Name the monitoring plan the round follows (planId); GET .../plans lists them.", "planId"));
        if (PlanVersion is < 1)
            problems.Add(new Problem("invalid-version", $"planVersion is {PlanVersion}; versions count from 1 (leave it out for the latest).", "planVersion"));
        return problems;
    }
}
