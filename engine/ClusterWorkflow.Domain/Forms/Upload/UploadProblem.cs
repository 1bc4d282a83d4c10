namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// A problem in an uploaded roster file, placed as the user sees it in Excel: <see cref="Row"/> is the
/// sheet's row number (the header is row 1) and <see cref="Column"/> the column letter, with
/// <see cref="Field"/> the header name. Row or column is null when the problem concerns the whole
/// file or a whole row.
/// </summary>
public sealed record UploadProblem(int? Row, string? Column, string? Field, Severity Severity, string Code, string Message)
{
    public override string ToString()
    {
        var cell = (Row, Column) switch
        {
            (null, null) => "file",
            (null, _) => $"column {Column}",
            (_, null) => $"row {Row}",
            _ => $"{Column}{Row}",
        };
        return $"{Severity} {cell}{(Field is null ? "" : $" ({Field})")}: {Message}";
    }
}
