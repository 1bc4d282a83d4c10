namespace ClusterWorkflow.Load.Api;

/// <summary>No silo answered a request within the retry window.</summary>
public sealed class ApiUnavailableException(string message) : Exception(message);
