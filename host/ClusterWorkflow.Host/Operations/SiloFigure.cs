namespace ClusterWorkflow.Host.Operations;

/// <summary>One silo of the cluster and its membership status (Active, Joining, ShuttingDown...).</summary>
public sealed record SiloFigure(string Address, string Status);
