namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>A field ready for validation: its expressions analysed, its choices as a set, its place in the form.</summary>
internal sealed class CompiledField
{
    public required FieldDefinition Definition { get; init; }

    /// <summary>Where the field sits in the definition, e.g. <c>roster.revenue_total</c> (groups and repeats by name).</summary>
    public required string DefinitionPath { get; init; }

    /// <summary>Position in the whole form, for reporting problems in form order.</summary>
    public required int Order { get; init; }

    /// <summary>The enclosing group in the same scope, whose skip logic also hides this field.</summary>
    public CompiledField? Group { get; init; }

    public IReadOnlySet<string>? Choices { get; init; }

    public CompiledExpression? Relevant { get; init; }

    public CompiledExpression? Calculate { get; init; }

    public CompiledExpression? Constraint { get; init; }

    public IReadOnlyList<(CompiledExpression Expression, FieldCheck Check)> Checks { get; init; } = [];

    /// <summary>For a repeat: the fields of one row, in evaluation order.</summary>
    public IReadOnlyList<CompiledField> RowFields { get; set; } = [];

    public string Name => Definition.Name;

    public FieldType Type => Definition.Type;

    public bool HoldsValue => Type is not (FieldType.Group or FieldType.Note);

    /// <summary>Names that skip logic and calculation refer to: what must be known before this field is worked out.</summary>
    public IEnumerable<string> ComputeDependencies =>
        (Relevant?.Names ?? []).Concat(Calculate?.Names ?? []).Concat(RowFields.SelectMany(r => r.ComputeDependencies));
}
