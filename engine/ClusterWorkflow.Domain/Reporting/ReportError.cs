namespace ClusterWorkflow.Domain.Reporting;

/// <summary>
/// A problem with a template, with its place: <see cref="Line"/> and <see cref="Column"/> count
/// from 1 and are null when the problem has no place (a timeout).
/// </summary>
public sealed record ReportError(string Template, ReportErrorKind Kind, string Message, int? Line, int? Column)
{
    /// <summary><c>cluster-review.html.sbn(12:5): message</c>.</summary>
    public override string ToString() => Line is { } line
        ? $"{Template}({line}:{Column ?? 1}): {Message}"
        : $"{Template}: {Message}";
}
