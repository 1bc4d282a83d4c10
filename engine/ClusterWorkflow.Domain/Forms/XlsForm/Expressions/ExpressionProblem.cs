namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>Something in an expression that could not be translated faithfully.</summary>
/// <param name="Column">Character position in the expression, counted from 1.</param>
/// <param name="IsWarning">True when a translation was produced but may behave differently from ODK.</param>
public sealed record ExpressionProblem(int Column, string Message, bool IsWarning = false);
