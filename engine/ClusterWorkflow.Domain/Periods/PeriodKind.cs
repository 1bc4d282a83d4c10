namespace ClusterWorkflow.Domain.Periods;

/// <summary>How long a monitoring round's period is.</summary>
public enum PeriodKind
{
    /// <summary>A calendar month, labelled <c>2026-11</c>.</summary>
    Monthly,

    /// <summary>A quarter of India's financial year (Q1 = April–June), labelled <c>FY2026-27 Q3</c>.</summary>
    Quarterly,
}
