namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>One sheet as read: its header columns and its non-empty data rows.</summary>
internal sealed record XlsFormSheet(string Name, IReadOnlyList<XlsFormColumn> Columns, IReadOnlyList<XlsFormRow> Rows)
{
    /// <summary>The column without a language for <paramref name="key"/>, or the first one with a language.</summary>
    public XlsFormColumn? Column(string key) =>
        Columns.FirstOrDefault(c => c.Key == key && c.Language is null) ?? Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>The value of <paramref name="key"/> in a row, or null when the column is missing or the cell empty.</summary>
    public string? Value(XlsFormRow row, string key) =>
        Column(key) is { } column && row.Cells.TryGetValue(column.Letter, out var value) ? value : null;

    /// <summary>The texts of a translatable column in every language it is given in (null language = unmarked column).</summary>
    public IEnumerable<(XlsFormColumn Column, string Text)> Texts(XlsFormRow row, string key) =>
        Columns.Where(c => c.Key == key)
            .Select(c => (Column: c, Text: row.Cells.GetValueOrDefault(c.Letter)))
            .Where(t => t.Text is not null)
            .Select(t => (t.Column, t.Text!));
}
