using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.StaticAssets;

namespace ClusterWorkflow.Host.Operations;

/// <summary>
/// Every routed endpoint of the host, read from the routing system itself (not from the OpenAPI
/// document, which leaves out the UI's pages, form posts and operations routes), so that a test can
/// hold the list against the authorization table and fail for a route nobody thought about.
/// Static files (MudBlazor's css, the Blazor script) are left out: they are the same for everyone.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<RouteEntry> List(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(Entries)
            .Distinct(RouteEntryKey.Comparer)
            .OrderBy(entry => entry.Route, StringComparer.Ordinal)
            .ThenBy(entry => entry.Method, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<RouteEntry> Entries(RouteEndpoint endpoint)
    {
        var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var policies = authorize.Select(data => data.Policy).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var roles = authorize.Select(data => data.Roles).OfType<string>()
            .SelectMany(list => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } listed ? listed : ["*"];
        return methods.Select(method => new RouteEntry(method, route, anonymous, policies, roles, name));
    }
}
