using System.Net;

namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>Reads what an answer means for the table: let through, refused, asked to sign in, or refused for a missing antiforgery token.</summary>
internal static class Answer
{
    // The UI's notice when a page needs another role (UiText.NotAllowed), and its alert when the
    // page's data is refused (the submission page's load problem).
    private const string PageNotAllowed = "Your role does not allow this page.";
    private const string PageLoadProblem = "data-testid=\"load-problem\"";

    public static async Task<Expect?> ReadAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return null;
        if (response.StatusCode == HttpStatusCode.Unauthorized) return Expect.SignIn;
        if (response.StatusCode == HttpStatusCode.Forbidden) return Expect.Forbidden;
        if (IsRedirectToSignIn(response)) return Expect.SignIn;
        var body = await response.Content.ReadAsStringAsync();
        // Minimal APIs name the token in their problem; Blazor's page endpoints answer an empty 400.
        if (response.StatusCode == HttpStatusCode.BadRequest
            && (body.Length == 0 || body.Contains("anti-forgery", StringComparison.OrdinalIgnoreCase) || body.Contains("antiforgery", StringComparison.OrdinalIgnoreCase)))
            return Expect.NoAntiforgeryToken;
        if (response.Content.Headers.ContentType?.MediaType == "text/html"
            && (body.Contains(PageNotAllowed, StringComparison.Ordinal) || body.Contains(PageLoadProblem, StringComparison.Ordinal)))
            return Expect.Forbidden;
        return Expect.Allowed;
    }

    /// <summary>The sign-in challenge: to the sign-in page with the page to come back to.</summary>
    private static bool IsRedirectToSignIn(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400
        && response.Headers.Location is { } location
        && location.OriginalString.Contains("/signin?", StringComparison.OrdinalIgnoreCase)
        && location.OriginalString.Contains("returnUrl=", StringComparison.OrdinalIgnoreCase);
}
