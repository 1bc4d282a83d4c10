namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// One field of a form. Expressions (<see cref="Relevant"/>, <see cref="Constraint"/>,
/// <see cref="Calculate"/>, <see cref="FieldCheck.Expression"/>) are JavaScript. They see every
/// field by its name; inside a repeat, the current row's fields by name (shadowing outer ones) and
/// <c>position</c> (the row number from 1); the field's own value as <c>value</c>; a repeat as a list
/// of row records (<c>roster.filter(r =&gt; r.status === 'active').length</c>). Empty values are null.
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>Unique name in the form, a JavaScript identifier (letters, digits, underscore).</summary>
    public string Name { get; init; } = "";

    public FieldType Type { get; init; }

    /// <summary>Label keyed by language code ("en", "hi").</summary>
    public Dictionary<string, string> Label { get; init; } = [];

    public Dictionary<string, string> Hint { get; init; } = [];

    public bool Required { get; init; }

    /// <summary>Message when a required value is missing; a generic one is used when empty.</summary>
    public Dictionary<string, string> RequiredMessage { get; init; } = [];

    /// <summary>Skip logic: when it is false the field is not asked and its value is cleared.</summary>
    public string? Relevant { get; init; }

    /// <summary>Must be true for a given value to pass (empty values are not checked).</summary>
    public string? Constraint { get; init; }

    public Dictionary<string, string> ConstraintMessage { get; init; } = [];

    /// <summary>Whether a failed <see cref="Constraint"/> blocks the submission or only warns the reviewer.</summary>
    public Severity ConstraintSeverity { get; init; } = Severity.Error;

    /// <summary>Further rules, each with its own message and severity.</summary>
    public List<FieldCheck> Checks { get; init; } = [];

    /// <summary>Computes the value; a calculated value replaces what was submitted.</summary>
    public string? Calculate { get; init; }

    /// <summary>Smallest allowed number of an Integer or Decimal field.</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Name of the <see cref="ChoiceList"/> of a SelectOne or SelectMultiple field.</summary>
    public string? ChoiceList { get; init; }

    /// <summary>Largest number of rows of a Repeat; null for no limit.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Fields inside a Group or Repeat.</summary>
    public List<FieldDefinition> Children { get; init; } = [];
}
