using static ClusterWorkflow.Host.Tests.Auth.Table.Access;

namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// Every route of the host, one line per method and template exactly as
/// <c>GET /api/operations/endpoints</c> lists it, and who gets through. A route the host answers but
/// this table does not list fails <see cref="AuthorizationTableTests"/>: add its line here.
/// Path values not given by a line come from <see cref="TableRound.Values"/> (the Budaun cluster of an
/// open round, the pilot's template names...).
/// </summary>
public static class AuthorizationTable
{
    private const string StaleDraft = """{"data":{"cluster":{},"roster":[]},"basedOnRevision":999999,"requestId":"authz-table-draft"}""";
    private const string StaleAction = """{"basedOnRevision":999999,"requestId":"authz-table-action"}""";
    private const string Multipart = "multipart/form-data; boundary=authz";
    private const string NoFile = "--authz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno file\r\n--authz--\r\n";
    private static readonly Access PagePost = Everybody(Expect.NoAntiforgeryToken);

    public static IReadOnlyList<RouteRule> Rules { get; } =
    [
        // Sign-in, sign-out, who am I
        new("POST", "/api/auth/token", Public) { Body = "{}" },
        new("GET", "/api/auth/me", SignedIn),
        new("POST", "/api/auth/sign-out", SignedIn) { FreshSession = true },
        new("POST", "/auth/sign-in", PagePost) { Body = "userName=admin&password=x", ContentType = "application/x-www-form-urlencoded" },
        new("POST", "/auth/sign-out", Public),

        // Users and operations
        new("GET", "/api/users/", Admins),
        new("POST", "/api/users/", Admins) { Body = "{}" },
        new("GET", "/api/users/{userName}", Admins),
        new("PUT", "/api/users/{userName}", Admins) { Body = "{}" },
        new("POST", "/api/users/{userName}/disable", Admins),
        new("POST", "/api/users/{userName}/enable", Admins),
        new("POST", "/api/users/{userName}/password", Admins) { Body = "{}" },
        new("GET", "/api/audit", Admins),
        new("GET", "/api/operations/endpoints", Admins),
        new("GET", "/api/settings/limits/", Admins),
        new("PUT", "/api/settings/limits/", Admins) { Body = """{"scripts":{"maxStatements":5}}""" },
        new("GET", "/api/operations/rounds/{programId}/{period}/rollup", Admins),
        new("GET", "/api/clusters/{clusterId}/host", Admins),
        new("GET", "/health", Public),
        new("GET", "/health/details", Public), // open on the loopback address only (OperatorAccess)
        new("GET", "/metrics", Public),        // open on the loopback address only (OperatorAccess)
        new("GET", "/openapi/{documentName}.json", Public),

        // Programs and clusters
        new("POST", "/api/programs/", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}", SignedIn),
        new("GET", "/api/programs/{programId}/clusters", SignedIn), // filtered to the caller's scope
        new("POST", "/api/programs/{programId}/clusters", Managers) { Body = "{}" },
        new("GET", "/api/clusters/{clusterId}", ClusterReaders),
        new("GET", "/api/clusters/{clusterId}/profile-report", ClusterReaders),

        // Forms
        new("POST", "/api/forms/check", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}/forms/", SignedIn),
        new("POST", "/api/programs/{programId}/forms/", Managers) { Body = "{}" },
        new("POST", "/api/programs/{programId}/forms/import-xlsform", Managers) { Body = NoFile, ContentType = Multipart },
        new("GET", "/api/programs/{programId}/forms/{formId}", SignedIn),
        new("GET", "/api/programs/{programId}/forms/{formId}/repeats/{repeat}/template.xlsx", DataEntry),
        new("POST", "/api/programs/{programId}/forms/{formId}/repeats/{repeat}/upload", DataEntry) { Body = NoFile, ContentType = Multipart },
        new("POST", "/api/programs/{programId}/forms/{formId}/validate", DataEntry) { Body = "{}" },
        new("GET", "/api/programs/{programId}/forms/{formId}/versions", SignedIn),
        new("GET", "/api/programs/{programId}/forms/{formId}/versions/{version:int}", SignedIn),

        // KPI packs
        new("GET", "/api/programs/{programId}/kpi-packs/", SignedIn),
        new("POST", "/api/programs/{programId}/kpi-packs/", Managers) { Body = NoFile, ContentType = Multipart },
        new("GET", "/api/programs/{programId}/kpi-packs/{packId}", SignedIn),
        new("POST", "/api/programs/{programId}/kpi-packs/{packId}/evaluate", Managers) { Body = "{}" },

        // Workflows and plans
        new("POST", "/api/workflows/check", SignedIn) { Body = "{}" },
        new("GET", "/api/programs/{programId}/workflows/", SignedIn),
        new("POST", "/api/programs/{programId}/workflows/", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}/workflows/{workflowId}", SignedIn),
        new("GET", "/api/programs/{programId}/workflows/{workflowId}/mermaid", SignedIn),
        new("GET", "/api/programs/{programId}/workflows/{workflowId}/versions", SignedIn),
        new("GET", "/api/programs/{programId}/workflows/{workflowId}/versions/{version:int}", SignedIn),
        new("GET", "/api/programs/{programId}/plans/", SignedIn),
        new("POST", "/api/programs/{programId}/plans/", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}/plans/{planId}", SignedIn),
        new("GET", "/api/programs/{programId}/plans/{planId}/versions", SignedIn),
        new("GET", "/api/programs/{programId}/plans/{planId}/versions/{version:int}", SignedIn),

        // Report templates
        new("GET", "/api/programs/{programId}/report-templates/", Managers),
        new("POST", "/api/programs/{programId}/report-templates/check", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}/report-templates/{name}", Managers),
        new("PUT", "/api/programs/{programId}/report-templates/{name}", Managers) { Body = "{}" },

        // Rounds, submissions, inbox
        new("GET", "/api/programs/{programId}/rounds/", SignedIn),
        new("POST", "/api/programs/{programId}/rounds/", Managers) { Body = "{}" },
        new("GET", "/api/programs/{programId}/rounds/{period}", SignedIn),
        new("POST", "/api/programs/{programId}/rounds/{period}/close", Managers) { Path = "/api/programs/{programId}/rounds/2026-12/close" },
        new("GET", "/api/programs/{programId}/rounds/{period}/submissions/", SignedIn), // filtered to the caller's scope
        new("GET", "/api/programs/{programId}/rounds/{period}/submissions/{clusterId}", ClusterWorkers),
        new("PUT", "/api/programs/{programId}/rounds/{period}/submissions/{clusterId}/draft", Only(Caller.TsaInScope)) { Body = StaleDraft },
        // Readers of the cluster reach the workflow, whose own checks answer (409 for the stale revision
        // here); which role may fire which trigger is the workflow definition's, tested in ReviewRefusalApiTests.
        new("POST", "/api/programs/{programId}/rounds/{period}/submissions/{clusterId}/actions/{trigger}", ClusterWorkers) { Body = StaleAction },
        new("GET", "/api/programs/{programId}/rounds/{period}/submissions/{clusterId}/audit", ClusterWorkers),
        new("GET", "/api/programs/{programId}/rounds/{period}/submissions/{clusterId}/mermaid", ClusterReaders),
        new("GET", "/api/inbox/", SignedIn),
        new("POST", "/api/inbox/{itemId}/done", SignedIn),

        // Reports and exports
        new("GET", "/api/programs/{programId}/rounds/{period}/reports/summary", RoundReaders),
        new("GET", "/api/programs/{programId}/rounds/{period}/reports/clusters/{clusterId}", ClusterWorkers),
        new("GET", "/api/programs/{programId}/rounds/{period}/exports/round.csv", RoundReaders),
        new("GET", "/api/programs/{programId}/rounds/{period}/exports/round.xlsx", RoundReaders),

        // The UI's pages (a page without the role shows its "not allowed" notice) and its plumbing
        new("GET", "/", SignedIn),
        new("POST", "/", PagePost),
        new("GET", "/signin", Public),
        new("POST", "/signin", PagePost),
        new("GET", "/tasks", SignedIn),
        new("POST", "/tasks", PagePost),
        new("GET", "/reviews", SignedIn),
        new("POST", "/reviews", PagePost),
        new("GET", "/forms", Managers),
        new("POST", "/forms", PagePost),
        new("GET", "/forms/new", Managers),
        new("POST", "/forms/new", PagePost),
        new("GET", "/forms/{FormId}", Managers),
        new("POST", "/forms/{FormId}", PagePost),
        new("GET", "/workflows", Managers),
        new("POST", "/workflows", PagePost),
        new("GET", "/workflows/new", Managers),
        new("POST", "/workflows/new", PagePost),
        new("GET", "/workflows/{WorkflowId}", Managers),
        new("POST", "/workflows/{WorkflowId}", PagePost),
        new("GET", "/kpis", Managers),
        new("POST", "/kpis", PagePost),
        new("GET", "/plans", Managers),
        new("POST", "/plans", PagePost),
        new("GET", "/plans/new", Managers),
        new("POST", "/plans/new", PagePost),
        new("GET", "/plans/{PlanId}", Managers),
        new("POST", "/plans/{PlanId}", PagePost),
        new("GET", "/report-templates", Managers),
        new("POST", "/report-templates", PagePost),
        new("GET", "/report-templates/{Name}", Managers),
        new("POST", "/report-templates/{Name}", PagePost),
        new("GET", "/reports", SignedIn),
        new("POST", "/reports", PagePost),
        new("GET", "/dashboard", SignedIn),
        new("POST", "/dashboard", PagePost),
        new("GET", "/rounds", Managers),
        new("POST", "/rounds", PagePost),
        new("GET", "/submissions/{Key}", ClusterWorkers),
        new("POST", "/submissions/{Key}", PagePost),
        new("GET", "/not-found", Public),
        new("POST", "/not-found", PagePost),
        new("GET", "/ui/language", Public),
        new("*", "/_blazor", Public) { SendAs = "GET" },
        new("*", "/_blazor/disconnect/", Public) { SendAs = "POST" },
        new("*", "/_blazor/initializers/", Public) { SendAs = "GET" },
        new("*", "/_blazor/negotiate", Public) { SendAs = "POST" },
        new("GET", "/_framework/opaque-redirect", Public),
        new("GET", "/{**path:file}", SignedIn),
        new("HEAD", "/{**path:file}", SignedIn),
    ];
}
