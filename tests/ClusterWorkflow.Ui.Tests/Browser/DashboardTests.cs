using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The KPI dashboard shows each person the trends their scope reaches: a TSA its clusters, a state reviewer also the districts of the state.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class DashboardTests(JourneyHost journey)
{
    [Theory]
    [InlineData("tsa-ui", "en")]
    [InlineData("tsa-ui", "hi")]
    [InlineData("sr-ui", "en")]
    [InlineData("sr-ui", "hi")]
    public async Task EachPersonSeesTheKpiTrendsOfTheirScope(string userName, string language)
    {
        var person = userName == JourneyHost.Tsa.UserName ? JourneyHost.Tsa : JourneyHost.StateReviewer;
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(person);

        await page.OpenAsync("/dashboard");

        await Assertions.Expect(page.Locator($"[data-testid=trend-cluster-{JourneySetup.ClusterId}]")).ToBeVisibleAsync();
        // District roll-ups belong to round-wide readers; a TSA has none.
        await Assertions.Expect(page.Locator("[data-testid=trend-district-budaun]")).ToHaveCountAsync(person == JourneyHost.Tsa ? 0 : 1);
        await page.ScreenshotAsync($"dashboard-{person.Roles[0]}-{language}");
        Assert.Empty(journey.Browser.Errors);
    }
}
