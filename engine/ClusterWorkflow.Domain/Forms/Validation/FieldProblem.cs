using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// One problem with a submitted value. <see cref="Path"/> addresses the value in the data, with
/// row indexes from 0 as in JSON (<c>roster[37].revenue_total</c>); <see cref="Row"/> is the same
/// row counted from 1, as people count (38 here), and null outside a repeat.
/// <see cref="Code"/> is one of <see cref="ProblemCodes"/>; <see cref="Message"/> is in the requested language.
/// </summary>
public sealed record FieldProblem(string Path, string Field, int? Row, Severity Severity, string Code, string Message)
{
    public override string ToString() => $"{Severity} {Path}: {Message}";
}
