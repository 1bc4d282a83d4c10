namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>How a column's values are written: numbers stay numbers in Excel and use invariant digits in CSV.</summary>
public enum ExportColumnKind
{
    Text,
    Number,
}
