namespace ClusterWorkflow.Host.Demo;

/// <summary>The store holds another pilot than the one the demo generates; running on would mix the two.</summary>
public sealed class StoreMismatchException(string message) : InvalidOperationException(message);
