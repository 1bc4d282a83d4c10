namespace ClusterWorkflow.Host.Operations;

/// <summary>How many grains of one type are active on one silo.</summary>
public sealed record GrainTypeFigure(string Silo, string GrainType, int Activations);
