namespace ClusterWorkflow.Host.Auth;

/// <summary>The authentication schemes: bearer tokens for API clients, a cookie for the UI, and the one that picks.</summary>
public static class AuthSchemes
{
    public const string Bearer = "cw-bearer";
    public const string Cookie = "cw-cookie";

    /// <summary>Bearer when the request carries an Authorization header, else the cookie.</summary>
    public const string Smart = "cw-smart";

    /// <summary>Claim that carries the user's security stamp; a changed stamp ends the session.</summary>
    public const string StampClaim = "cw:stamp";

    /// <summary>
    /// Claim of a UI session's own token (kept inside the encrypted cookie): signing out revokes it, so
    /// a copy of the cookie is refused afterwards, as a revoked bearer token is.
    /// </summary>
    public const string SessionClaim = "cw:session";
}
