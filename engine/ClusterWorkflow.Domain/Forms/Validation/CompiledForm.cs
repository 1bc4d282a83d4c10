using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// A form prepared for validation: fields flattened per scope (the top level, each repeat's row),
/// groups kept as skip-logic parents, and each scope ordered so that a field's skip logic and
/// calculation run after the fields they refer to.
/// </summary>
internal sealed class CompiledForm
{
    private int _order;

    public CompiledForm(FormDefinition form, ScriptSandbox sandbox)
    {
        Form = form;
        var choiceLists = form.ChoiceLists
            .GroupBy(l => l.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.First().Choices.Select(c => c.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        TopLevel = CompileScope(form.Fields, "", null, sandbox, choiceLists);
    }

    public FormDefinition Form { get; }

    public IReadOnlyList<CompiledField> TopLevel { get; }

    private List<CompiledField> CompileScope(
        IEnumerable<FieldDefinition> fields, string prefix, CompiledField? group, ScriptSandbox sandbox,
        IReadOnlyDictionary<string, IReadOnlySet<string>> choiceLists)
    {
        var scope = new List<CompiledField>();
        foreach (var definition in fields)
        {
            var path = prefix + definition.Name;
            var field = new CompiledField
            {
                Definition = definition,
                DefinitionPath = path,
                Order = _order++,
                Group = group,
                Choices = definition.ChoiceList is { } list && choiceLists.TryGetValue(list, out var set) ? set : null,
                Relevant = CompiledExpression.Create(sandbox, definition.Relevant, $"{path}.relevant"),
                Calculate = CompiledExpression.Create(sandbox, definition.Calculate, $"{path}.calculate"),
                Constraint = CompiledExpression.Create(sandbox, definition.Constraint, $"{path}.constraint"),
                Checks = definition.Checks
                    .Select((check, i) => (CompiledExpression.Create(sandbox, check.Expression, $"{path}.checks[{i}]"), check))
                    .Where(pair => pair.Item1 is not null)
                    .Select(pair => (pair.Item1!, pair.check))
                    .ToList(),
            };
            scope.Add(field);
            if (definition.Type == FieldType.Repeat)
            {
                field.RowFields = EvaluationOrder(CompileScope(definition.Children, path + ".", null, sandbox, choiceLists));
            }
            else if (definition.Type == FieldType.Group)
            {
                scope.AddRange(CompileScope(definition.Children, path + ".", field, sandbox, choiceLists));
            }
        }
        return group is null ? EvaluationOrder(scope) : scope;
    }

    /// <summary>
    /// Orders a scope so each field comes after the fields its skip logic and calculation use
    /// (and after its group), keeping form order otherwise. A cycle, which definition validation
    /// reports, falls back to form order for the fields caught in it.
    /// </summary>
    private static List<CompiledField> EvaluationOrder(List<CompiledField> scope)
    {
        var byName = scope.Where(f => f.HoldsValue).GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var waitingOn = scope.ToDictionary(f => f, f =>
        {
            var deps = f.ComputeDependencies
                .Select(n => byName.GetValueOrDefault(n))
                .OfType<CompiledField>()
                .Where(d => d != f)
                .ToHashSet();
            if (f.Group is not null)
            {
                deps.Add(f.Group);
            }
            return deps;
        });

        var ordered = new List<CompiledField>(scope.Count);
        var remaining = scope.OrderBy(f => f.Order).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(f => waitingOn[f].All(ordered.Contains)) ?? remaining[0];
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
