namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// The outcome of validating a submission: the cleaned data (values typed, calculations filled in,
/// non-relevant fields cleared to null) and every problem found, in form order.
/// </summary>
public sealed record SubmissionValidationResult(Dictionary<string, object?> Data, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>True when an error-severity problem blocks the submission; warnings do not.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);

    public IEnumerable<FieldProblem> Errors => Problems.Where(p => p.Severity == Severity.Error);

    public IEnumerable<FieldProblem> Warnings => Problems.Where(p => p.Severity == Severity.Warning);
}
