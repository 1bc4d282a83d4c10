namespace ClusterWorkflow.Domain.Reporting;

/// <summary>Which report model a template renders.</summary>
public enum ReportKind
{
    /// <summary>Renders a <see cref="Models.ClusterReviewReport"/>.</summary>
    ClusterReview,

    /// <summary>Renders a <see cref="Models.RoundSummaryReport"/>.</summary>
    RoundSummary,

    /// <summary>Renders a <see cref="Models.ClusterProfileReport"/>.</summary>
    ClusterProfile,
}
