using System.Net.Http.Headers;
using ClusterWorkflow.Host.Tests.Infrastructure;
using ClusterWorkflow.Host.Tests.Reports;

namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// What the authorization table runs against: an open round with a Budaun cluster (the routes'
/// cluster) and a Dhamtari cluster of another TSA, district and state, and one signed-in person per
/// <see cref="Caller"/>. Clients do not follow redirects, so a page's redirect to sign-in is seen.
/// </summary>
internal sealed class TableRound
{
    public const string Program = "authz-table";
    public const string TargetUser = "authz-target";

    private readonly HostProcess host;
    private readonly Dictionary<Caller, TestUser> users;

    private TableRound(HostProcess host, ReportRound round, Dictionary<Caller, TestUser> users)
    {
        this.host = host;
        this.users = users;
        Round = round;
    }

    public ReportRound Round { get; }

    /// <summary>The route values every line uses unless its own path says otherwise.</summary>
    public IReadOnlyDictionary<string, string> Values => new Dictionary<string, string>
    {
        ["programId"] = Program,
        ["period"] = ReportRound.Period,
        ["clusterId"] = Round.Budaun,
        ["formId"] = "report_roster",
        ["FormId"] = "report_roster",
        ["repeat"] = "roster",
        ["version:int"] = "1",
        ["workflowId"] = "pilot-review",
        ["planId"] = "report-monthly",
        ["packId"] = "nretp-cluster-kpis",
        ["name"] = "round-summary.html",
        ["userName"] = TargetUser,
        ["itemId"] = "no-such-item",
        ["trigger"] = "start",
        ["Key"] = $"{Program}~{ReportRound.Period}~{Round.Budaun}",
        ["documentName"] = "v1",
        ["**path:file"] = "no-such-file.txt",
    };

    public static async Task<TableRound> OpenAsync(HostProcess host)
    {
        var round = await ReportRound.OpenAsync(host, Program);
        var users = new Dictionary<Caller, TestUser>
        {
            [Caller.ProgramManager] = new($"{Program}-pm", ["programManager"]),
            [Caller.TsaInScope] = round.BudaunTsa,
            [Caller.TsaOutOfScope] = round.DhamtariTsa,
            [Caller.DistrictReviewerInScope] = round.BudaunReviewer,
            [Caller.DistrictReviewerOutOfScope] = new($"{Program}-dr-dhamtari", ["districtReviewer"], districts: ["dhamtari"]),
            [Caller.StateReviewerInScope] = round.UpReviewer,
            [Caller.StateReviewerOutOfScope] = new($"{Program}-sr-cg", ["stateReviewer"], states: ["chhattisgarh"]),
            [Caller.Viewer] = new($"{Program}-viewer", ["viewer"]),
        };
        foreach (var user in users.Values.Append(new TestUser(TargetUser, ["viewer"]))) await host.ClientAsAsync(user);
        return new TableRound(host, round, users);
    }

    /// <summary>A client of <paramref name="caller"/> with a token of its own, not following redirects.</summary>
    public async Task<HttpClient> ClientAsync(Caller caller)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var token = caller switch
        {
            Caller.Anonymous => null,
            Caller.Admin => await host.TokenAsync("admin", HostProcess.AdminPassword),
            _ => await host.TokenAsync(users[caller].UserName, users[caller].Password),
        };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The request path of a line: its own, or its template filled with <see cref="Values"/>.</summary>
    public string PathOf(RouteRule rule)
    {
        var path = rule.Path ?? rule.Route;
        foreach (var (name, value) in Values) path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return path;
    }
}
