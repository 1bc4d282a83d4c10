using ClusterWorkflow.Abstractions.Definitions;

namespace ClusterWorkflow.Grains.Definitions;

[GenerateSerializer, Alias("cw.definition-state")]
public sealed class DefinitionState
{
    [Id(0)] public List<DefinitionVersion> Versions { get; set; } = [];
}
