using ClusterWorkflow.Domain.Kpis;

namespace ClusterWorkflow.Load.Check;

/// <summary>A submission as the API stores it, in the terms the consistency check compares.</summary>
public sealed record ObservedSubmission(
    string ClusterId,
    string State,
    long Revision,
    int DataRevision,
    int RosterRows,
    double RosterSum,
    IReadOnlyList<ObservedAuditEntry> Audit,
    KpiClusterResult? Kpis);
