namespace ClusterWorkflow.Domain.Reporting.Samples;

/// <summary>A cluster of a generated round: where it is and how far its submission got.</summary>
internal sealed record SampleCluster(string Name, string District, string State, string WorkflowState, bool Overdue);
