using ClusterWorkflow.Abstractions.Submissions;
using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Grains.Submissions;

/// <summary>
/// Validates a submission against its forms: the cluster form over the cluster values, the roster
/// form over the roster rows (through its top-level repeat when it has one, otherwise row by row),
/// with paths such as <c>roster[3].revenue_total</c>.
/// </summary>
internal static class SubmissionChecks
{
    public const string RosterName = "roster";

    public static (List<FieldProblem> Problems, SubmissionData Cleaned) Validate(
        FormValidator forms, SubmissionDefinitions definitions, SubmissionData data, CancellationToken cancellationToken = default)
    {
        var cluster = forms.Validate(definitions.ClusterForm, data.Cluster, "en", cancellationToken);
        var problems = new List<FieldProblem>(cluster.Problems);
        var roster = data.Roster;
        if (definitions.RosterForm is { } rosterForm)
        {
            roster = ValidateRoster(forms, rosterForm, data, problems, cancellationToken);
        }
        return (problems, new SubmissionData(cluster.Data, roster));
    }

    private static List<Dictionary<string, object?>> ValidateRoster(
        FormValidator forms, FormDefinition form, SubmissionData data, List<FieldProblem> problems, CancellationToken cancellationToken)
    {
        var repeat = form.Fields.Find(f => f.Type == FieldType.Repeat);
        if (repeat is not null)
        {
            var rows = data.Roster.Select(r => (IReadOnlyDictionary<string, object?>)r).ToList();
            var (cleaned, rowProblems) = forms.ValidateRows(form, repeat.Name, rows, data.Cluster, "en", cancellationToken);
            problems.AddRange(rowProblems.Select(p => Rename(p, repeat.Name)));
            return cleaned;
        }
        var result = new List<Dictionary<string, object?>>();
        for (var i = 0; i < data.Roster.Count; i++)
        {
            var row = forms.Validate(form, data.Roster[i], "en", cancellationToken);
            problems.AddRange(row.Problems.Select(p => p with { Path = $"{RosterName}[{i}].{p.Path}", Row = i + 1 }));
            result.Add(row.Data);
        }
        return result;
    }

    // The data calls the rows "roster" whatever the form's repeat is named, so paths say "roster[i]".
    private static FieldProblem Rename(FieldProblem problem, string repeatName) =>
        repeatName == RosterName || !problem.Path.StartsWith(repeatName + "[", StringComparison.Ordinal)
            ? problem
            : problem with { Path = RosterName + problem.Path[repeatName.Length..] };

    /// <summary>The variables a guard sees: <c>validation</c> and <c>submission</c>, plus <c>kpis</c> when computed.</summary>
    public static Dictionary<string, object?> GuardVariables(IReadOnlyList<FieldProblem> problems, SubmissionData data, int dataRevision, IReadOnlyDictionary<string, double?>? kpis) => new(StringComparer.Ordinal)
    {
        ["validation"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["errorCount"] = problems.Count(p => p.Severity == Severity.Error),
            ["warningCount"] = problems.Count(p => p.Severity == Severity.Warning),
            ["errors"] = problems.Where(p => p.Severity == Severity.Error).Select(p => (object?)p.Path).ToList(),
        },
        ["submission"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["cluster"] = data.Cluster,
            ["roster"] = data.Roster.Cast<object?>().ToList(),
            ["dataRevision"] = dataRevision,
        },
        ["kpis"] = kpis?.ToDictionary(k => k.Key, k => (object?)k.Value, StringComparer.Ordinal) ?? new Dictionary<string, object?>(),
    };
}
