using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Domain.Forms.Upload;

/// <summary>
/// The header row of an upload: which column letter holds which field. Reports unknown, repeated and
/// missing columns. Columns of calculated fields are accepted and ignored (they are recomputed).
/// </summary>
internal sealed class UploadHeader
{
    private readonly Dictionary<string, string> _fieldByColumn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _columnByField = new(StringComparer.Ordinal);

    public static UploadHeader Read(IDictionary<string, object?> cells, FieldDefinition repeat, string language, List<UploadProblem> problems)
    {
        var header = new UploadHeader();
        var fillable = RosterTemplate.Columns(repeat);
        var known = RosterTemplate.Flatten(repeat.Children).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (column, cell) in cells)
        {
            if (SheetReader.IsBlank(cell))
            {
                continue;
            }
            var name = ValueCoercer.Text(cell);
            if (!known.Contains(name))
            {
                problems.Add(new UploadProblem(1, column, name, Severity.Error, ProblemCodes.Column, UploadMessages.Format("unknownColumn", language, name)));
            }
            else if (header._columnByField.TryGetValue(name, out var first))
            {
                problems.Add(new UploadProblem(1, column, name, Severity.Error, ProblemCodes.Column, UploadMessages.Format("duplicateColumn", language, name, first)));
            }
            else
            {
                header._fieldByColumn[column] = name;
                header._columnByField[name] = column;
            }
        }
        foreach (var field in fillable.Where(f => !header._columnByField.ContainsKey(f.Name)))
        {
            problems.Add(field.Required
                ? new UploadProblem(null, null, field.Name, Severity.Error, ProblemCodes.Column, UploadMessages.Format("missingColumn", language, field.Name))
                : new UploadProblem(null, null, field.Name, Severity.Warning, ProblemCodes.Column, UploadMessages.Format("missingOptionalColumn", language, field.Name)));
        }
        return header;
    }

    public string? ColumnOf(string field) => _columnByField.GetValueOrDefault(field);

    /// <summary>A data row as field name → cell value, for the known columns only.</summary>
    public Dictionary<string, object?> Values(IDictionary<string, object?> cells)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, field) in _fieldByColumn)
        {
            values[field] = cells.TryGetValue(column, out var value) ? value : null;
        }
        return values;
    }
}
