namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// Something wrong with a form definition, found when it is loaded or saved. <see cref="Path"/> is the
/// field path (<c>roster.revenue_total</c>) or the JSON path for unreadable input; <see cref="Property"/>
/// names the part of the field (<c>constraint</c>, <c>choiceList</c>); <see cref="Line"/> and
/// <see cref="Column"/> (from 1) point into the expression or the JSON text.
/// </summary>
public sealed record DefinitionProblem(string Path, string? Property, string Message, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        var where = Property is null ? Path : $"{Path} ({Property}";
        var at = Line is null ? "" : $" {Line}:{Column}";
        var close = Property is null ? (at.Length > 0 ? $" at{at}" : "") : $"{at})";
        return $"{where}{close}: {Message}";
    }
}
