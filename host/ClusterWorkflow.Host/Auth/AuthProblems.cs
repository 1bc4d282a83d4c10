namespace ClusterWorkflow.Host.Auth;

/// <summary>401 and 403 for API callers as problem details that say what to do (never a redirect to a page).</summary>
public static class AuthProblems
{
    /// <summary>API requests get problem details; only the UI's pages are redirected to the sign-in page.</summary>
    public static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi")
        || request.Path.StartsWithSegments("/health") || request.Headers.Authorization.Count > 0;

    public static Task WriteUnauthorizedAsync(HttpContext context)
    {
        var detail = TokenService.FromRequest(context.Request) is not null
            ? "The bearer token is not valid: it expired, was revoked (signed out), or its user was disabled or got a new password. Get a new token with POST /api/auth/token."
            : "Sign in first: get a token with POST /api/auth/token {\"userName\",\"password\"} and send it as 'Authorization: Bearer <token>', or sign in on the web page.";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Not signed in", detail, "not-signed-in");
    }

    public static Task WriteForbiddenAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Not allowed", detail, "forbidden");

    private static Task WriteAsync(HttpContext context, int status, string title, string detail, string code) =>
        Results.Problem(
            title: title,
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["problems"] = new[] { new { code, message = detail } } })
        .ExecuteAsync(context);
}
