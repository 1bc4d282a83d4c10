using System.Collections;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Validates one submission in three passes: bring every value to its type, work out skip logic
/// and calculations in dependency order, then check required, min/max, constraints and checks.
/// Collects every problem instead of stopping at the first.
/// </summary>
internal sealed class FormRun(ScriptSandbox sandbox, FormsOptions options, string language, CancellationToken cancellationToken)
{
    private readonly List<(int[] Key, FieldProblem Problem)> _problems = [];
    private readonly HashSet<string> _reportedSyntaxErrors = new(StringComparer.Ordinal);
    private readonly ProblemFactory _factory = new(language);
    private readonly EvaluationMemo _memo = new();

    public SubmissionValidationResult Run(CompiledForm form, IReadOnlyDictionary<string, object?> data)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var top = new EvaluationScope(values, NamesOf(form.TopLevel), null, null, "") { SortKey = [] };
        Coerce(form.TopLevel, data, top);
        Compute(form.TopLevel, top);
        Check(form.TopLevel, top);
        var problems = _problems.OrderBy(p => p.Key, SortKeyComparer.Instance).Select(p => p.Problem).ToList();
        return new SubmissionValidationResult(values, problems);
    }

    /// <summary>
    /// Validates rows of one repeat on their own (roster upload). <paramref name="context"/> supplies
    /// top-level values the rows refer to; top-level calculations are worked out from it, but only the
    /// rows (and the repeat's own constraint) are checked.
    /// </summary>
    public (List<Dictionary<string, object?>> Rows, IReadOnlyList<FieldProblem> Problems) RunRows(
        CompiledForm form, CompiledField repeat, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?> context)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var top = new EvaluationScope(values, NamesOf(form.TopLevel), null, null, "") { SortKey = [] };
        var others = form.TopLevel.Where(f => f != repeat).ToList();
        var names = others.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        Coerce(others, context.Where(p => names.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), top);
        var coerced = CoerceRows(repeat, rows.ToList<object?>(), top, checkCount: false);
        values[repeat.Name] = coerced;
        Compute(form.TopLevel, top);
        foreach (var row in top.Rows[repeat.Name])
        {
            Check(repeat.RowFields, row);
        }
        if (repeat.Constraint is not null && coerced.Count > 0 && !IsTrue(repeat.Constraint, repeat, top, coerced))
        {
            Add(top, repeat, repeat.Definition.ConstraintSeverity, ProblemCodes.Constraint,
                _factory.RuleMessage(repeat.Definition.ConstraintMessage, repeat.Constraint.Code));
        }
        var problems = _problems.OrderBy(p => p.Key, SortKeyComparer.Instance).Select(p => p.Problem).ToList();
        return (coerced, problems);
    }

    private static HashSet<string> NamesOf(IEnumerable<CompiledField> fields) =>
        fields.Where(f => f.HoldsValue).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    private void Coerce(IReadOnlyList<CompiledField> fields, IReadOnlyDictionary<string, object?> source, EvaluationScope scope)
    {
        foreach (var field in fields.Where(f => f.HoldsValue))
        {
            var raw = source.GetValueOrDefault(field.Name);
            if (field.Type == FieldType.Repeat)
            {
                scope.Values[field.Name] = CoerceRows(field, raw, scope, checkCount: true);
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

    private List<Dictionary<string, object?>> CoerceRows(CompiledField repeat, object? raw, EvaluationScope scope, bool checkCount)
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
        if (checkCount && items.Count > maxRows)
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

    private void Compute(IReadOnlyList<CompiledField> fields, EvaluationScope scope)
    {
        foreach (var field in fields)
        {
            var hiddenByGroup = field.Group is not null && scope.NotRelevant.Contains(field.Group.Name);
            if (hiddenByGroup || (field.Relevant is not null && !IsTrue(field.Relevant, field, scope, null)))
            {
                scope.NotRelevant.Add(field.Name);
                if (field.HoldsValue)
                {
                    scope.Values[field.Name] = null;
                }
                continue;
            }
            if (field.Type == FieldType.Repeat)
            {
                foreach (var row in scope.Rows[field.Name])
                {
                    Compute(field.RowFields, row);
                }
            }
            if (field.Calculate is not null)
            {
                scope.Values[field.Name] = Calculated(field, scope);
            }
        }
    }

    private object? Calculated(CompiledField field, EvaluationScope scope)
    {
        var result = Evaluate(field.Calculate!, field, scope, scope.Values.GetValueOrDefault(field.Name));
        if (result is null || field.Type == FieldType.Calculate)
        {
            return result?.Value;
        }
        var outcome = ValueCoercer.Coerce(field.Type, result.Value, field.Choices);
        if (!outcome.Ok)
        {
            Add(scope, field, Severity.Error, ProblemCodes.Script,
                ValidationMessages.Format("script", language, "calculate: " + ValidationMessages.Format(outcome.MessageKey!, "en", outcome.Args!)));
        }
        return outcome.Value;
    }

    private void Check(IReadOnlyList<CompiledField> fields, EvaluationScope scope)
    {
        foreach (var field in fields)
        {
            if (!field.HoldsValue || scope.NotRelevant.Contains(field.Name))
            {
                continue;
            }
            if (scope.Invalid.TryGetValue(field.Name, out var invalid))
            {
                Add(scope, field, Severity.Error, invalid.Code, invalid.Message);
                continue;
            }
            var value = scope.Values.GetValueOrDefault(field.Name);
            if (field.Type == FieldType.Repeat)
            {
                var rows = scope.Rows[field.Name];
                if (field.Definition.Required && rows.Count == 0)
                {
                    Add(scope, field, Severity.Error, ProblemCodes.Required, _factory.Required(field.Definition));
                }
                foreach (var row in rows)
                {
                    Check(field.RowFields, row);
                }
                if (rows.Count == 0)
                {
                    continue;
                }
            }
            else if (PlainValues.IsEmpty(value))
            {
                if (field.Definition.Required)
                {
                    Add(scope, field, Severity.Error, ProblemCodes.Required, _factory.Required(field.Definition));
                }
                continue;
            }
            CheckRange(field, scope, value);
            if (field.Constraint is not null && !IsTrue(field.Constraint, field, scope, value))
            {
                Add(scope, field, field.Definition.ConstraintSeverity, ProblemCodes.Constraint,
                    _factory.RuleMessage(field.Definition.ConstraintMessage, field.Constraint.Code));
            }
            foreach (var (expression, check) in field.Checks)
            {
                if (!IsTrue(expression, field, scope, value))
                {
                    Add(scope, field, check.Severity, ProblemCodes.Constraint, _factory.RuleMessage(check.Message, expression.Code));
                }
            }
        }
    }

    private void CheckRange(CompiledField field, EvaluationScope scope, object? value)
    {
        if (value is not double number)
        {
            return;
        }
        if (field.Definition.Min is double min && number < min)
        {
            Add(scope, field, Severity.Error, ProblemCodes.Min, ValidationMessages.Format("min", language, min, number));
        }
        if (field.Definition.Max is double max && number > max)
        {
            Add(scope, field, Severity.Error, ProblemCodes.Max, ValidationMessages.Format("max", language, max, number));
        }
    }

    /// <summary>Evaluates a rule; a rule that fails to run counts as passed, and its error is reported instead.</summary>
    private bool IsTrue(CompiledExpression expression, CompiledField field, EvaluationScope scope, object? value)
    {
        var result = Evaluate(expression, field, scope, value);
        return result is null || PlainValues.IsTruthy(result.Value);
    }

    private ScriptResult? Evaluate(CompiledExpression expression, CompiledField field, EvaluationScope scope, object? value)
    {
        if (expression.SyntaxError is not null)
        {
            if (_reportedSyntaxErrors.Add(expression.SourceId))
            {
                Add(scope, field, Severity.Error, ProblemCodes.Script, ValidationMessages.Format("script", language, expression.SyntaxError.ToString()));
            }
            return null;
        }
        var variables = new Dictionary<string, object?>(expression.Names.Count, StringComparer.Ordinal);
        foreach (var name in expression.Names)
        {
            variables[name] = name switch
            {
                ExpressionNames.CurrentValue => value,
                ExpressionNames.RowPosition when scope.RowIndex is int index => (double)(index + 1),
                _ => scope.TryFind(name, out var found) ? found : null,
            };
        }
        var memoKey = _memo.KeyFor(expression.Code, variables);
        if (memoKey is null || !_memo.TryGet(memoKey, out var result))
        {
            result = sandbox.Evaluate(PathOf(scope, field) + expression.SourceId[field.DefinitionPath.Length..], expression.Code, variables, cancellationToken);
            if (memoKey is not null && result.Ok)
            {
                _memo.Add(memoKey, result);
            }
        }
        if (!result.Ok)
        {
            Add(scope, field, Severity.Error, ProblemCodes.Script, ValidationMessages.Format("script", language, result.Error!.ToString()));
            return null;
        }
        return result;
    }

    private static string PathOf(EvaluationScope scope, CompiledField field) => scope.PathPrefix + field.Name;

    private static int? Row(EvaluationScope scope) => scope.RowIndex is int i ? i + 1 : null;

    private void Add(EvaluationScope scope, CompiledField field, Severity severity, string code, string message) =>
        _problems.Add(([.. scope.SortKey, field.Order], new FieldProblem(PathOf(scope, field), field.Name, Row(scope), severity, code, message)));
}
