namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// An extra rule on a field beside its <see cref="FieldDefinition.Constraint"/>, e.g. a warning-only
/// plausibility check. <see cref="Expression"/> is JavaScript that must be true for the value to pass.
/// </summary>
public sealed record FieldCheck
{
    public string Expression { get; init; } = "";

    /// <summary>Message keyed by language code ("en", "hi").</summary>
    public Dictionary<string, string> Message { get; init; } = [];

    public Severity Severity { get; init; } = Severity.Error;
}
