using System.Collections;
using ClusterWorkflow.Domain.Scripting;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>The second and third passes: skip logic and calculations, then required, ranges, constraints and checks.</summary>
internal sealed partial class FormRun
{
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
}
