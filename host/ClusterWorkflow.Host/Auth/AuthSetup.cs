using ClusterWorkflow.Host.Hosting;
using ClusterWorkflow.Host.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ClusterWorkflow.Host.Auth;

/// <summary>
/// Sign-in for the host: users in grains, bearer tokens for API clients, a cookie for the UI,
/// every endpoint behind a signed-in user unless it says <c>.AllowAnonymous()</c>.
/// </summary>
public static class AuthSetup
{
    /// <summary>Call after <c>AddClusterWorkflowSilo</c>: the bootstrap admin needs the silo started.</summary>
    public static WebApplicationBuilder AddClusterWorkflowAuth(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.AddClusterWorkflowUsers();
        builder.Services.AddHostedService<BootstrapAdmin>();

        builder.Services.AddDataProtection().SetApplicationName("ClusterWorkflow");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<StoreConnection, HostSettings>(
            (keys, store, settings) => keys.XmlRepository = new StoreKeyRepository(store, settings.ServiceId));

        builder.Services
            .AddAuthentication(AuthSchemes.Smart)
            .AddPolicyScheme(AuthSchemes.Smart, "Bearer token or UI session", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    TokenService.FromRequest(context.Request) is not null ? AuthSchemes.Bearer : AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(AuthSchemes.Bearer, null)
            .AddCookie(AuthSchemes.Cookie, cookie => CookieSessions.Configure(cookie, auth));
        builder.Services.AddAuthorization(AuthPolicies.Add);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationAnswers>();
        // Our security headers send X-Frame-Options: DENY; antiforgery would add a second, SAMEORIGIN.
        builder.Services.AddAntiforgery(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
        return builder;
    }

    /// <summary>Users and password sign-in without the web parts, for verbs that act as people (the demo).</summary>
    public static WebApplicationBuilder AddClusterWorkflowUsers(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<UserAdmin>();
        builder.Services.AddSingleton<SignInService>();
        // Sign-in issues a session token and is audited, also when a verb signs people in.
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<Audit.AuditTrail>();
        return builder;
    }

    /// <summary>
    /// The middleware (headers, authentication, authorization) and the sign-in and user endpoints.
    /// Antiforgery (which checks the UI's sign-in form) is added by the UI's setup, after this.
    /// </summary>
    public static WebApplication UseClusterWorkflowAuth(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAuthEndpoints();
        app.MapUserEndpoints();
        Audit.AuditEndpoints.MapAuditEndpoints(app);
        return app;
    }
}
