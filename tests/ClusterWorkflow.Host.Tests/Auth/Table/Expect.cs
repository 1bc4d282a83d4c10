namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>What a caller should get from a route.</summary>
public enum Expect
{
    /// <summary>Let through: any answer but 401/403 (and never a 5xx). A 400 for the table's dummy body, a 404 or 409 show the caller got past authorization.</summary>
    Allowed,

    /// <summary>403, or on a UI page the page's own "not allowed" notice.</summary>
    Forbidden,

    /// <summary>401 on the API, or on a UI page a redirect to the sign-in page.</summary>
    SignIn,

    /// <summary>400 because a form post came without the antiforgery token: refused before anything else is looked at.</summary>
    NoAntiforgeryToken,
}
