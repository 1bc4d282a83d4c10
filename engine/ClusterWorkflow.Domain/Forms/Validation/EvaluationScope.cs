namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// The values one expression can see: a repeat row's own fields, then the enclosing rows', then the
/// top level. Also remembers which fields skip logic turned off in this scope.
/// </summary>
internal sealed class EvaluationScope(Dictionary<string, object?> values, IReadOnlySet<string> names, EvaluationScope? parent, int? rowIndex, string pathPrefix)
{
    public Dictionary<string, object?> Values { get; } = values;

    public EvaluationScope? Parent { get; } = parent;

    /// <summary>Row index from 0 inside a repeat; null at the top level.</summary>
    public int? RowIndex { get; } = rowIndex;

    /// <summary><c>""</c> at the top level, <c>roster[37].</c> inside a row.</summary>
    public string PathPrefix { get; } = pathPrefix;

    public HashSet<string> NotRelevant { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Fields whose submitted value had the wrong type, with the problem's code and message. Reported
    /// only if the field turns out to be relevant: a hidden field's value is cleared anyway.
    /// </summary>
    public Dictionary<string, (string Code, string Message)> Invalid { get; } = new(StringComparer.Ordinal);

    /// <summary>The row scopes of each repeat in this scope, by repeat name.</summary>
    public Dictionary<string, List<EvaluationScope>> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>Sort key of this scope's problems: form order, then row, then the row's fields.</summary>
    public required int[] SortKey { get; init; }

    /// <summary>Finds a field's value by name, nearest scope first.</summary>
    public bool TryFind(string name, out object? value)
    {
        if (names.Contains(name))
        {
            value = Values.GetValueOrDefault(name);
            return true;
        }
        if (Parent is not null)
        {
            return Parent.TryFind(name, out value);
        }
        value = null;
        return false;
    }
}
