namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// One route the host answers, as <c>GET /api/operations/endpoints</c> lists it: the method
/// (<c>*</c> when any method is accepted), the route template, whether it is open to callers that are
/// not signed in, and the named authorization policies and roles it requires.
/// </summary>
public sealed record RouteEntry(string Method, string Route, bool Anonymous, IReadOnlyList<string> Policies, IReadOnlyList<string> Roles, string? Name);
