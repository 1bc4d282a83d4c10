using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The form list tells which rounds run on which version of each form.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class FormListTests(JourneyHost journey)
{
    [Theory]
    [InlineData("en", "2026-11: v1")]
    [InlineData("hi", "2026-11: संस्करण 1")]
    public async Task TheFormListShowsTheRoundsThatRunOnEachVersion(string language, string expected)
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/forms");

        // The round pinned version 1 of both forms when it opened; later saves do not move it.
        await Assertions.Expect(page.Locator("[data-testid=rounds-using-cluster_quarterly]")).ToContainTextAsync(expected);
        await Assertions.Expect(page.Locator("[data-testid=rounds-using-enterprise_roster_monthly]")).ToContainTextAsync(expected);
        await page.ScreenshotAsync($"pm-forms-{language}");
        Assert.Empty(journey.Browser.Errors);
    }
}
