namespace ClusterWorkflow.Domain.Forms.XlsForm.Expressions;

/// <summary>Where an expression stands: the questions it may refer to and the question it belongs to.</summary>
public sealed record XlsFormExpressionContext
{
    /// <summary>Every question of the form by name (names are unique in an XLSForm).</summary>
    public required IReadOnlyDictionary<string, XlsFormSymbol> Fields { get; init; }

    /// <summary>Questions of the XLSForm that were left out of the import, with the reason, so a reference to one says why.</summary>
    public IReadOnlyDictionary<string, string> Unavailable { get; init; } = new Dictionary<string, string>();

    /// <summary>The question whose relevant/constraint/calculation this is; <c>.</c> means its value.</summary>
    public XlsFormSymbol? CurrentField { get; init; }

    /// <summary>Repeats around the current question, outermost first: inside them <c>${sibling}</c> is the current row's value.</summary>
    public IReadOnlyList<string> CurrentRepeats => CurrentField?.Repeats ?? [];
}
