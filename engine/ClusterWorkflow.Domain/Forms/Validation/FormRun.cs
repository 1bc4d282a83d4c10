using System.Collections;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>
/// Validates one submission in three passes: bring every value to its type, work out skip logic
/// and calculations in dependency order, then check required, min/max, constraints and checks.
/// Collects every problem instead of stopping at the first.
/// </summary>
internal sealed partial class FormRun(ScriptSandbox sandbox, FormsOptions options, string language, CancellationToken cancellationToken)
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
    /// rows (and the repeat's own row limit and constraint) are checked.
    /// </summary>
    public (List<Dictionary<string, object?>> Rows, IReadOnlyList<FieldProblem> Problems) RunRows(
        CompiledForm form, CompiledField repeat, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?> context)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var top = new EvaluationScope(values, NamesOf(form.TopLevel), null, null, "") { SortKey = [] };
        var others = form.TopLevel.Where(f => f != repeat).ToList();
        var names = others.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        Coerce(others, context.Where(p => names.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), top);
        // The rows are the whole repeat (an upload replaces the roster; a submission holds all of it), so its row limit holds.
        var coerced = CoerceRows(repeat, rows.ToList<object?>(), top);
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
