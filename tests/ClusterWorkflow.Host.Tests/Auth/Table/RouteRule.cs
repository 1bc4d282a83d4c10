namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// One line of the authorization table: a route as the host lists it (method and template) and what
/// every caller gets. <see cref="Path"/> is the request sent (default: the template with the table
/// round's ids); <see cref="Body"/> a JSON body for writes, chosen so that allowed callers are
/// refused for their data (stale revision, missing fields), never change what other lines read.
/// </summary>
public sealed record RouteRule(string Method, string Route, Access Access)
{
    public string? Path { get; init; }

    public string? Body { get; init; }

    /// <summary>The body's media type; JSON unless a line says otherwise.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>The request is sent as this method when the host lists the route for any method (<c>*</c>).</summary>
    public string? SendAs { get; init; }

    /// <summary>The route ends the caller's session (sign-out), so it gets a token of its own.</summary>
    public bool FreshSession { get; init; }

    public override string ToString() => $"{Method} {Route}";
}
