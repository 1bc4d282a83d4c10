namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>The JavaScript for one XLSForm expression, or why there is none.</summary>
/// <param name="JavaScript">Null when any error-level problem was found: a half-translated rule is worse than none.</param>
/// <param name="References">Names of the questions the expression refers to, in order of first use.</param>
public sealed record ExpressionTranslation(string? JavaScript, IReadOnlyList<ExpressionProblem> Problems, IReadOnlyList<string> References)
{
    public bool Ok => JavaScript is not null;
}
