using ClusterWorkflow.Abstractions.Audit;

namespace ClusterWorkflow.Grains.Audit;

[GenerateSerializer, Alias("cw.audit-day-state")]
public sealed class AuditDayState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
