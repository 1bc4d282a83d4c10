namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>One data row of an upload: its sheet row number, its cleaned values, whether it has errors.</summary>
public sealed record UploadedRow(int SheetRow, Dictionary<string, object?> Values, bool HasErrors);
