using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Every field of a definition with its path and the repeats around it, to answer "can an
/// expression here refer to that name?" with a message that says how to fix it when not.
/// </summary>
internal sealed class FieldCatalog
{
    public sealed record Entry(FieldDefinition Field, string Path, IReadOnlyList<FieldDefinition> Repeats);

    private readonly Dictionary<string, List<Entry>> _byName = new(StringComparer.Ordinal);

    public FieldCatalog(IEnumerable<FieldDefinition> fields)
    {
        Walk(fields, "", []);
    }

    public List<Entry> All { get; } = [];

    public IEnumerable<(string Name, List<string> Paths)> Duplicates =>
        _byName.Where(p => p.Value.Count > 1).Select(p => (p.Key, p.Value.Select(e => e.Path).ToList()));

    private void Walk(IEnumerable<FieldDefinition> fields, string prefix, IReadOnlyList<FieldDefinition> repeats)
    {
        foreach (var field in fields)
        {
            var entry = new Entry(field, prefix + field.Name, repeats);
            All.Add(entry);
            if (!_byName.TryGetValue(field.Name, out var list))
            {
                _byName[field.Name] = list = [];
            }
            list.Add(entry);
            var inner = field.Type == FieldType.Repeat ? [.. repeats, field] : repeats;
            Walk(field.Children, entry.Path + ".", inner);
        }
    }

    /// <summary>Null when <paramref name="name"/> can be used from <paramref name="from"/>; otherwise what is wrong and how to fix it.</summary>
    public string? Resolve(Entry from, string name)
    {
        if (name == ExpressionNames.CurrentValue)
        {
            return null;
        }
        if (name == ExpressionNames.RowPosition)
        {
            return from.Repeats.Count > 0 ? null : $"'{ExpressionNames.RowPosition}' (the row number) only exists inside a repeat.";
        }
        if (!_byName.TryGetValue(name, out var targets))
        {
            var suggestion = _byName.Keys.Where(k => Distance(k, name) <= 2).OrderBy(k => Distance(k, name)).FirstOrDefault();
            return $"'{name}' is not a field of this form{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}.";
        }
        var target = targets[0];
        if (target.Field.Type == FieldType.Group)
        {
            return $"'{name}' is a group and has no value; refer to the fields inside it.";
        }
        // A field is visible when every repeat around it also surrounds the expression.
        if (target.Repeats.All(from.Repeats.Contains))
        {
            return null;
        }
        var repeat = target.Repeats.First(r => !from.Repeats.Contains(r)).Name;
        return $"'{name}' is a field inside the repeat '{repeat}', so it has one value per row; from here use the list of rows, e.g. sum({repeat}, r => r.{name}).";
    }

    /// <summary>Circles of fields whose skip logic or calculation depend on each other, each as a path list.</summary>
    public List<List<string>> CalculationCycles(ScriptSandbox sandbox)
    {
        var edges = All.Where(e => e.Field.Type != FieldType.Group || e.Field.Relevant is not null)
            .GroupBy(e => e.Field.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => new[] { e.Field.Relevant, e.Field.Calculate })
                .Where(c => !string.IsNullOrWhiteSpace(c))
                .SelectMany(c => sandbox.Analyze("cycle", c!).UnknownNames)
                .Where(n => n != g.Key && _byName.ContainsKey(n))
                .Distinct(StringComparer.Ordinal)
                .ToList(), StringComparer.Ordinal);

        var cycles = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();

        void Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(next)).Append(next).ToList();
                    if (seen.Add(string.Join(",", cycle.Skip(1).Order(StringComparer.Ordinal))))
                    {
                        cycles.Add(cycle.Select(n => _byName[n][0].Path).ToList());
                    }
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        foreach (var node in edges.Keys.Where(n => state.GetValueOrDefault(n) == 0).ToList())
        {
            Visit(node);
        }
        return cycles;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
