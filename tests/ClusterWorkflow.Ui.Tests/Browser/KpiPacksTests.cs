using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The KPI packs page: browse the pilot's KPIs with formulas and targets, try them on a submission, upload a pack.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class KpiPacksTests(JourneyHost journey)
{
    [Theory]
    [InlineData("en")]
    [InlineData("hi")]
    public async Task AProgramManagerBrowsesThePilotKpisAndTriesThemOnTheRoundsCluster(string language)
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/kpis");
        var closures = page.Locator("[data-testid=kpi-pack-table] [data-testid=kpi-closures]");
        await Assertions.Expect(closures).ToContainTextAsync("history(1)");
        await page.ClickAsync("[data-testid=try-run]");

        await Assertions.Expect(page.Locator("[data-testid=try-summary]")).ToContainTextAsync(JourneySetup.ClusterId);
        // The first round has no earlier period, so the KPI that compares with it says why it has no value.
        await Assertions.Expect(page.Locator("[data-testid=try-results] [data-testid=try-closures]")).ToContainTextAsync("—");
        await page.ScreenshotAsync($"pm-kpi-packs-{language}");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task ABrokenFormulaRefusesTheUploadNamingTheKpiAndPlaceAndAFixedPackIsAccepted()
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);
        await page.OpenAsync("/kpis");
        var file = page.Locator("[data-testid=upload-pack] input[type=file]");

        var problems = page.Locator("[data-testid=upload-problems]");
        await file.First.UploadAsync(KpiPackZip.Write("broken.zip", "ui-uploaded-kpis", ("formulas/closures.js", "var x = 1;\nreturn count(roster, r => r.status === );")),
            () => Assertions.Expect(problems).ToContainTextAsync("broken.zip was refused and nothing was stored", new() { Timeout = 10_000 }));
        await Assertions.Expect(problems).ToContainTextAsync("closures");
        await Assertions.Expect(problems).ToContainTextAsync("formulas/closures.js 2:");
        await page.ScreenshotAsync("pm-kpi-upload-refused-en");

        // MudFileUpload keeps a fresh input for the next file after the first.
        await file.Last.SetInputFilesAsync(KpiPackZip.Write("fixed.zip", "ui-uploaded-kpis"));
        await Assertions.Expect(page.Locator("[data-testid=pack-select]")).ToContainTextAsync("ui-uploaded-kpis");
        await Assertions.Expect(problems).ToHaveCountAsync(0);
        Assert.Empty(journey.Browser.Errors);
    }
}
