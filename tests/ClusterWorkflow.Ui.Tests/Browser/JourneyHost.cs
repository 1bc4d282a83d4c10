using ClusterWorkflow.Ui.Tests.Infrastructure;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>
/// One host and one browser for the journey tests: a program with one Budaun cluster, the pilot's
/// forms and review workflow, a plan, the round 2026-11 open, and the four people who work on it.
/// Set up through the API as the bootstrap admin, on a program of its own so a seeded pilot never interferes.
/// </summary>
public sealed class JourneyHost : IAsyncLifetime
{
    private HostUnderTest? host;
    private BrowserSession? browser;

    public HostUnderTest Host => host!;

    public BrowserSession Browser => browser!;

    public static TestPerson ProgramManager { get; } = new("pm-ui", "Priya Manager", ["programManager"]);
    public static TestPerson Tsa { get; } = new("tsa-ui", "Tarun TSA", ["tsa"], TsaId: "tsa-ui");
    public static TestPerson DistrictReviewer { get; } = new("dr-ui", "Deepa District", ["districtReviewer"], Districts: ["budaun"]);
    public static TestPerson StateReviewer { get; } = new("sr-ui", "Suresh State", ["stateReviewer"], States: ["uttar-pradesh"]);

    public const string SubmissionKey = JourneySetup.ProgramId + "~" + JourneySetup.Period + "~" + JourneySetup.ClusterId;

    public async Task InitializeAsync()
    {
        host = await HostUnderTest.StartAsync(("ClusterWorkflow__Ui__ProgramId", JourneySetup.ProgramId));
        foreach (var person in new[] { ProgramManager, Tsa, DistrictReviewer, StateReviewer })
        {
            await host.CreateUserAsync(person);
        }
        await new JourneySetup(host).RunAsync();
        browser = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        if (host is not null) await host.DisposeAsync();
    }
}
