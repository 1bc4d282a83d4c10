namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>A non-empty row of a sheet with its Excel row number; cells by column letter, trimmed, never empty.</summary>
internal sealed record XlsFormRow(int Number, IReadOnlyDictionary<string, string> Cells);
