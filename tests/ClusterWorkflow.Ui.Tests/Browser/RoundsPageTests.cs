using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The rounds page: a program manager opens a round of its own period from the plan and closes it.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class RoundsPageTests(JourneyHost journey)
{
    [Fact]
    public async Task AProgramManagerOpensARoundForAPeriodAndClosesIt()
    {
        const string period = "2026-12";
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);
        await page.OpenAsync("/rounds");

        var open = page.Locator("[data-testid=open-round]");
        await open.GetByLabel("Period").FillAsync(period);
        await open.GetByRole(AriaRole.Button, new() { Name = "Open a round" }).ClickAsync();

        var round = page.Locator($"[data-testid=round-{period}]");
        await Assertions.Expect(round.Locator("[data-testid=round-progress]")).ToHaveTextAsync("0 of 1 clusters done, 0 overdue");
        await round.Locator("[data-testid=close-round]").ClickAsync();
        await Assertions.Expect(round).ToContainTextAsync("Closed");
        await Assertions.Expect(page.Locator("[data-testid=closing]")).ToHaveCountAsync(0);
        Assert.Empty(journey.Browser.Errors);
    }
}
