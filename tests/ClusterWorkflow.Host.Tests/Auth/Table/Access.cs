namespace ClusterWorkflow.Host.Tests.Auth.Table;

/// <summary>
/// What each caller should get from one route. Built from the callers who are let through; everyone
/// else signed in gets <see cref="Expect.Forbidden"/> and the anonymous caller <see cref="Expect.SignIn"/>.
/// </summary>
public sealed class Access
{
    private readonly Dictionary<Caller, Expect> expected;

    private Access(Dictionary<Caller, Expect> expected) => this.expected = expected;

    public Expect For(Caller caller) => expected[caller];

    /// <summary>Only these callers are let through.</summary>
    public static Access Only(params Caller[] allowed) => new(Enum.GetValues<Caller>().ToDictionary(
        caller => caller,
        caller => allowed.Contains(caller) ? Expect.Allowed : caller == Caller.Anonymous ? Expect.SignIn : Expect.Forbidden));

    /// <summary>The same expectation for every caller, anonymous included.</summary>
    public static Access Everybody(Expect expect) => new(Enum.GetValues<Caller>().ToDictionary(caller => caller, _ => expect));

    /// <summary>No sign-in needed.</summary>
    public static Access Public { get; } = Everybody(Expect.Allowed);

    /// <summary>Anyone signed in.</summary>
    public static Access SignedIn { get; } = Only(Enum.GetValues<Caller>().Where(c => c != Caller.Anonymous).ToArray());

    public static Access Admins { get; } = Only(Caller.Admin);

    public static Access Managers { get; } = Only(Caller.Admin, Caller.ProgramManager);

    /// <summary>The data-entry roles (TSA officers anywhere: these routes name no cluster), managers.</summary>
    public static Access DataEntry { get; } = Only(Caller.Admin, Caller.ProgramManager, Caller.TsaInScope, Caller.TsaOutOfScope);

    /// <summary>Whoever's role reaches the cluster, viewers included (a cluster's profile, its approved rounds).</summary>
    public static Access ClusterReaders { get; } = Only(
        Caller.Admin, Caller.ProgramManager, Caller.TsaInScope, Caller.DistrictReviewerInScope, Caller.StateReviewerInScope, Caller.Viewer);

    /// <summary>Whoever's role reaches the cluster; viewers not, as the route's submission is not approved.</summary>
    public static Access ClusterWorkers { get; } = Only(
        Caller.Admin, Caller.ProgramManager, Caller.TsaInScope, Caller.DistrictReviewerInScope, Caller.StateReviewerInScope);

    /// <summary>Round-wide reports: managers, viewers, reviewers (of their own area); no TSA.</summary>
    public static Access RoundReaders { get; } = Only(
        Caller.Admin, Caller.ProgramManager, Caller.DistrictReviewerInScope, Caller.DistrictReviewerOutOfScope,
        Caller.StateReviewerInScope, Caller.StateReviewerOutOfScope, Caller.Viewer);
}
