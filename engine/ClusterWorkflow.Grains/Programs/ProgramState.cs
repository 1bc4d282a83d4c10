using ClusterWorkflow.Abstractions.Definitions;

namespace ClusterWorkflow.Grains.Programs;

[GenerateSerializer, Alias("cw.program-state")]
public sealed class ProgramState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public DateTimeOffset CreatedAt { get; set; }
    [Id(2)] public List<string> ClusterIds { get; set; } = [];
    [Id(3)] public Dictionary<DefinitionKind, List<string>> Definitions { get; set; } = [];
}
