using ClusterWorkflow.Abstractions.Settings;

namespace ClusterWorkflow.Grains.Settings;

[GenerateSerializer, Alias("cw.limits-state")]
public sealed class LimitsState
{
    [Id(0)] public StoredLimits? Current { get; set; }
}
