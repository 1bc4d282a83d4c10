using ClusterWorkflow.Abstractions.Clusters;
using ClusterWorkflow.Abstractions.People;
using ClusterWorkflow.Domain.Workflow;

namespace ClusterWorkflow.Host.Reports;

/// <summary>
/// What one reader may see of a round: which clusters, which roll-up areas (a district or state row
/// only when every cluster under it is visible), and whether only approved submissions count.
/// </summary>
public sealed class ReportScope
{
    private readonly Func<ClusterProfile, bool> clusters;
    private readonly Func<string, string?, bool> areas;

    private ReportScope(string description, Func<ClusterProfile, bool> clusters, Func<string, string?, bool> areas, bool approvedOnly, bool wholeProgram)
    {
        Description = description;
        this.clusters = clusters;
        this.areas = areas;
        ApprovedOnly = approvedOnly;
        WholeProgram = wholeProgram;
    }

    /// <summary>Everything: program managers, administrators, the CLI and the demo.</summary>
    public static ReportScope Everything { get; } = new("the whole program", _ => true, (_, _) => true, approvedOnly: false, wholeProgram: true);

    /// <summary>Said in a report or an answer, e.g. <c>district Budaun</c>.</summary>
    public string Description { get; }

    /// <summary>Only approved submissions' data and KPIs (viewers).</summary>
    public bool ApprovedOnly { get; }

    /// <summary>The program-wide roll-up row is shown.</summary>
    public bool WholeProgram { get; }

    public bool Includes(ClusterProfile cluster) => clusters(cluster);

    /// <summary>True when the roll-up of <paramref name="state"/> (or of its <paramref name="district"/>) holds only visible clusters.</summary>
    public bool IncludesArea(string state, string? district = null) => areas(state, district);

    /// <summary>
    /// The scope of a round-wide report (summary, export) for <paramref name="actor"/>, or null when
    /// their roles give them none: program managers and administrators see the program, state reviewers
    /// their states, district reviewers their districts, viewers their geography (approved data only); a TSA has none.
    /// </summary>
    public static ReportScope? ForRound(Actor actor)
    {
        if (ClusterScope.ManagesPrograms(actor))
        {
            return Everything;
        }
        if (actor.Has(WorkflowRoles.StateReviewer) && actor.States is { Count: > 0 } states)
        {
            return new ReportScope("state " + string.Join(", ", states), c => states.Contains(c.State, StringComparer.Ordinal),
                (state, _) => states.Contains(state, StringComparer.Ordinal), approvedOnly: false, wholeProgram: false);
        }
        if (actor.Has(WorkflowRoles.DistrictReviewer) && actor.Districts is { Count: > 0 } districts)
        {
            return new ReportScope("district " + string.Join(", ", districts), c => districts.Contains(c.District, StringComparer.Ordinal),
                (_, district) => district is not null && districts.Contains(district, StringComparer.Ordinal), approvedOnly: false, wholeProgram: false);
        }
        if (actor.Has(WorkflowRoles.Viewer) && (actor.Districts is { Count: > 0 } || actor.States is { Count: > 0 }))
        {
            var (viewerStates, viewerDistricts) = (actor.States ?? [], actor.Districts ?? []);
            return new ReportScope("approved data of " + string.Join(", ", viewerStates.Concat(viewerDistricts)),
                c => ClusterScope.InViewerGeography(actor, c),
                (state, district) => viewerStates.Contains(state, StringComparer.Ordinal) || (district is not null && viewerDistricts.Contains(district, StringComparer.Ordinal)),
                approvedOnly: true, wholeProgram: false);
        }
        if (actor.Has(WorkflowRoles.Viewer))
        {
            return new ReportScope("approved data of the whole program", _ => true, (_, _) => true, approvedOnly: true, wholeProgram: true);
        }
        return null;
    }
}
