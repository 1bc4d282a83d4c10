namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Sign-in settings, bound from <c>ClusterWorkflow:Auth</c> (environment:
/// <c>ClusterWorkflow__Auth__BootstrapAdminPassword</c>; command line: <c>--admin-password</c>).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "ClusterWorkflow:Auth";

    /// <summary>When set, the host creates the user <c>admin</c> (role admin) with this password on start if it does not exist.</summary>
    public string? BootstrapAdminPassword { get; set; }

    /// <summary>How long a bearer token from <c>POST /api/auth/token</c> lasts; default 12 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a UI sign-in lasts without activity; default 8 hours (sliding).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Longest a UI session lasts however active it is (its session token expires); default 7 days.
    /// Signing out, a new password or disabling the user end it earlier.
    /// </summary>
    public TimeSpan SessionLimit { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Failed sign-ins in a row before the user is locked out; default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a lock-out lasts; default 15 minutes.</summary>
    public TimeSpan LockoutPeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted; default 8 characters.</summary>
    public int MinPasswordLength { get; set; } = 8;

    /// <summary>The UI's sign-in page, where a browser without a session is sent; default <c>/signin</c>.</summary>
    public string SignInPage { get; set; } = "/signin";
}
