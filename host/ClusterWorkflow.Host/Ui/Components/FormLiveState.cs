using ClusterWorkflow.Domain.Forms;
using ClusterWorkflow.Domain.Forms.Validation;

namespace ClusterWorkflow.Host.Ui.Components;

/// <summary>
/// A form's values checked as they are typed: the validator's problems, its cleaned values
/// (calculations filled in) and which fields the skip logic hides — so the page shows exactly what
/// the submission will be judged by.
/// </summary>
public sealed class FormLiveState
{
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);

    private FormLiveState(SubmissionValidationResult result) => Result = result;

    public SubmissionValidationResult Result { get; }

    public bool IsHidden(string field) => _hidden.Contains(field);

    public IEnumerable<FieldProblem> ProblemsOf(string field) => Result.Problems.Where(p => p.Field == field && p.Row is null);

    public object? Cleaned(string field) => Result.Data.GetValueOrDefault(field);

    public static FormLiveState Of(FormValidator validator, FormDefinition form, IReadOnlyDictionary<string, object?> values, string language)
    {
        var state = new FormLiveState(validator.Validate(form, values, language));
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Flatten(form.Fields).Where(f => f.Type is not (FieldType.Group or FieldType.Note or FieldType.Repeat)))
        {
            variables[field.Name] = state.Result.Data.GetValueOrDefault(field.Name);
        }
        state.MarkHidden(validator, form.Fields, variables, parentHidden: false);
        return state;
    }

    private void MarkHidden(FormValidator validator, IEnumerable<FieldDefinition> fields, Dictionary<string, object?> variables, bool parentHidden)
    {
        foreach (var field in fields)
        {
            var hidden = parentHidden || (field.Relevant is { } relevant && !IsTrue(validator, field, relevant, variables));
            if (hidden)
            {
                _hidden.Add(field.Name);
            }
            if (field.Type == FieldType.Group)
            {
                MarkHidden(validator, field.Children, variables, hidden);
            }
        }
    }

    // A relevance that cannot be worked out (an error in the expression) shows the field: hiding
    // it would hide the problem too.
    private static bool IsTrue(FormValidator validator, FieldDefinition field, string relevant, Dictionary<string, object?> variables)
    {
        var scope = new Dictionary<string, object?>(variables) { [ExpressionNames.CurrentValue] = variables.GetValueOrDefault(field.Name) };
        var result = validator.Sandbox.Evaluate($"{field.Name}.relevant", relevant, scope);
        return !result.Ok || result.Value is true || (result.Value is not (false or null or "" or 0d));
    }

    private static IEnumerable<FieldDefinition> Flatten(IEnumerable<FieldDefinition> fields) =>
        fields.SelectMany(f => f.Type == FieldType.Group ? Flatten(f.Children).Prepend(f) : [f]);
}
