using System.Collections;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>The first pass: every value brought to its field's type, repeats to rows.</summary>
internal sealed partial class FormRun
{
    private void Coerce(IReadOnlyList<CompiledField> fields, IReadOnlyDictionary<string, object?> source, EvaluationScope scope)
    {
        foreach (var field in fields.Where(f => f.HoldsValue))
        {
            var raw = source.GetValueOrDefault(field.Name);
            if (field.Type == FieldType.Repeat)
            {
                scope.Values[field.Name] = CoerceRows(field, raw, scope);
                continue;
            }
            var outcome = ValueCoercer.Coerce(field.Type, raw, field.Choices);
            if (!outcome.Ok)
            {
                var code = outcome.MessageKey == "choice" ? ProblemCodes.Choice : ProblemCodes.Type;
                scope.Invalid[field.Name] = (code, ValidationMessages.Format(outcome.MessageKey!, language, outcome.Args!));
            }
            scope.Values[field.Name] = outcome.Value;
        }

        var known = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in source.Keys.Where(k => !known.Contains(k)))
        {
            _problems.Add((scope.SortKey, new FieldProblem(scope.PathPrefix + unknown, unknown, Row(scope), Severity.Warning,
                ProblemCodes.UnknownField, ValidationMessages.Format("unknownField", language, unknown))));
        }
    }

    private List<Dictionary<string, object?>> CoerceRows(CompiledField repeat, object? raw, EvaluationScope scope)
    {
        var rows = new List<Dictionary<string, object?>>();
        var rowScopes = scope.Rows[repeat.Name] = [];
        var plain = PlainValues.From(raw);
        if (plain is null)
        {
            return rows;
        }
        if (plain is not IEnumerable list || plain is string || plain is IDictionary)
        {
            scope.Invalid[repeat.Name] = (ProblemCodes.Type, ValidationMessages.Format("rowsShape", language, ValueCoercer.Text(plain)));
            return rows;
        }

        var items = list.Cast<object?>().ToList();
        var maxRows = repeat.Definition.MaxRows ?? options.DefaultMaxRepeatRows;
        if (items.Count > maxRows)
        {
            Add(scope, repeat, Severity.Error, ProblemCodes.Rows, ValidationMessages.Format("rows", language, maxRows, items.Count));
            items = items.Take(maxRows).ToList();
        }

        var rowNames = NamesOf(repeat.RowFields);
        for (var i = 0; i < items.Count; i++)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var rowScope = new EvaluationScope(values, rowNames, scope, i, $"{scope.PathPrefix}{repeat.Name}[{i}].")
            {
                SortKey = [.. scope.SortKey, repeat.Order, i],
            };
            rows.Add(values);
            rowScopes.Add(rowScope);
            if (AsRecord(PlainValues.From(items[i])) is { } record)
            {
                Coerce(repeat.RowFields, record, rowScope);
            }
            else
            {
                _problems.Add((rowScope.SortKey, new FieldProblem($"{scope.PathPrefix}{repeat.Name}[{i}]", repeat.Name, i + 1, Severity.Error,
                    ProblemCodes.Type, ValidationMessages.Format("rowsShape", language, ValueCoercer.Text(items[i])))));
            }
        }
        return rows;
    }

    private static IReadOnlyDictionary<string, object?>? AsRecord(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        _ => null,
    };
}
