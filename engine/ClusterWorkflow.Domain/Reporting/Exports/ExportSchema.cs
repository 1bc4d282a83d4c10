namespace ClusterWorkflow.Domain.Reporting.Exports;

/// <summary>
/// The submission columns of a program's exports, in an order that never changes: a column keeps
/// its place for good, a field added by a later form version is appended, and a field a later
/// version drops stays (empty in rounds that no longer collect it). Store it with the program and
/// extend it with each new form version, so every export of every round lines up.
/// </summary>
public sealed record ExportSchema
{
    public List<ExportColumn> Columns { get; init; } = [];

    /// <summary>A schema of the given form versions' fields, oldest version first.</summary>
    public static ExportSchema FromVersions(IEnumerable<IEnumerable<ExportColumn>> versions) =>
        versions.Aggregate(new ExportSchema(), (schema, fields) => schema.Extend(fields));

    /// <summary>This schema with the fields it does not have yet appended in their form order; a known key keeps its place and first label.</summary>
    public ExportSchema Extend(IEnumerable<ExportColumn> fields)
    {
        var columns = new List<ExportColumn>(Columns);
        var known = new HashSet<string>(columns.Select(c => c.Key), StringComparer.Ordinal);
        columns.AddRange(fields.Where(f => known.Add(f.Key)));
        return new ExportSchema { Columns = columns };
    }
}
