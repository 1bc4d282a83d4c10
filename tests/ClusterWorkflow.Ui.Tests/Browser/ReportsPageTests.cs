using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The reports page offers each role what its scope reaches, and the links open the reports the API renders.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class ReportsPageTests(JourneyHost journey)
{
    [Theory]
    [InlineData("tsa-ui", "en")]
    [InlineData("tsa-ui", "hi")]
    [InlineData("dr-ui", "en")]
    [InlineData("dr-ui", "hi")]
    public async Task EachRoleSeesTheReportsOfItsScopeAndOpensTheClusterReviewReport(string userName, string language)
    {
        var person = userName == JourneyHost.Tsa.UserName ? JourneyHost.Tsa : JourneyHost.DistrictReviewer;
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(person);

        await page.OpenAsync("/reports");

        var round = page.Locator($"[data-testid=reports-{JourneySetup.Period}]");
        await Assertions.Expect(round.Locator($"[data-testid=reports-cluster-{JourneySetup.ClusterId}]")).ToBeVisibleAsync();
        // A TSA gets no round summary or export (the API answers them 403); a reviewer of the district does.
        await Assertions.Expect(round.Locator("[data-testid=round-reports]")).ToHaveCountAsync(person == JourneyHost.Tsa ? 0 : 1);
        await page.ScreenshotAsync($"reports-{person.Roles[0]}-{language}");

        var report = await page.Context.RunAndWaitForPageAsync(() => round.Locator("[data-testid=review-report]").ClickAsync());
        await report.WaitForLoadStateAsync();
        await Assertions.Expect(report.Locator("body")).ToContainTextAsync("Sample Zari Cluster (sample data)");
        Assert.Empty(journey.Browser.Errors);
    }
}
