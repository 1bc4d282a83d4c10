namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// What an uploaded roster holds: every data row, cleaned and typed, with the sheet row it came from,
/// and every problem. Nothing is stored; the caller decides whether to accept <see cref="ValidRows"/>.
/// </summary>
public sealed record RosterUploadResult(IReadOnlyList<UploadedRow> Rows, IReadOnlyList<UploadProblem> Problems)
{
    /// <summary>True when a problem concerns the whole file (unreadable, missing or unknown columns, too many rows).</summary>
    public bool FileRejected => Problems.Any(p => p.Row is null && p.Severity == Severity.Error);

    /// <summary>Rows without errors (warnings travel with them); empty when the file as a whole was rejected.</summary>
    public IEnumerable<UploadedRow> ValidRows => FileRejected ? [] : Rows.Where(r => !r.HasErrors);

    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
}
