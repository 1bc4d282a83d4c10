using Microsoft.AspNetCore.Localization;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary><c>GET /ui/language?code=hi&amp;returnUrl=/tasks</c>: remembers the language in the culture cookie and goes back.</summary>
public static class LanguageSwitchEndpoint
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/language", (string? code, string? returnUrl, HttpContext context) =>
        {
            var language = UiLanguages.Normalize(code);
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only a path of this site, so the switch cannot send anyone elsewhere; anything else goes home.
            var back = returnUrl is { Length: > 0 } url && Uri.IsWellFormedUriString(url, UriKind.Relative) && IsLocal(url) ? url : "/";
            return Results.LocalRedirect(back);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    // "//host" and "/\\host" are read by browsers as another site.
    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
