namespace ClusterWorkflow.Domain.Scripting;

/// <summary>
/// A script failure that can be shown to the person who wrote the script.
/// <paramref name="SourceId"/> names the script (a field path, a KPI id); <paramref name="Line"/> and
/// <paramref name="Column"/> count from 1 and are null when the failure has no place in the text
/// (a time limit, a cancelled request).
/// </summary>
public sealed record ScriptError(string SourceId, ScriptErrorKind Kind, string Message, int? Line, int? Column)
{
    /// <summary><c>roster.revenue_total (1:5): Unexpected token '*'</c>.</summary>
    public override string ToString() =>
        Line is null ? $"{SourceId}: {Message}" : $"{SourceId} ({Line}:{Column}): {Message}";
}
