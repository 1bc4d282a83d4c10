namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>
/// What an XLSForm import gives: the form when nothing stood in the way (<see cref="Form"/> is null
/// when any problem is an <see cref="ImportSeverity.Error"/>), every problem found in one pass, and
/// the languages of its texts (the default first).
/// </summary>
public sealed record XlsFormImportResult(FormDefinition? Form, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<XlsFormLanguage> Languages)
{
    public bool Succeeded => Form is not null;

    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ImportSeverity.Error);
}
