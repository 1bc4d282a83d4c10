namespace ClusterWorkflow.Load.Check;

/// <summary>One entry of a stored audit trail.</summary>
public sealed record ObservedAuditEntry(int Sequence, string Trigger, string From, string To, string? RequestId);
