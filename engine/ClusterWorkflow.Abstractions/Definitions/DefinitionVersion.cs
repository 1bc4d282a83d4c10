namespace ClusterWorkflow.Abstractions.Definitions;

/// <summary>
/// One saved version of a definition. <paramref name="Content"/> is the definition's own JSON (or
/// template text), checked by the domain before it was saved; stored versions never change.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.definition-version")]
public sealed record DefinitionVersion(
    DefinitionKind Kind,
    string ProgramId,
    string Id,
    int Version,
    string Content,
    string SavedBy,
    DateTimeOffset SavedAt,
    string? Note);
