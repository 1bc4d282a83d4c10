namespace ClusterWorkflow.Host.Operations;

/// <summary>One series of the request counter: the method, the route template and the status code.</summary>
public readonly record struct RequestKey(string Method, string Route, int Status);
