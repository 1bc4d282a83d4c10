using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The monitoring plans pages: the journey's plan as a form, and a new plan checked as it is filled in and saved.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class PlansPageTests(JourneyHost journey)
{
    [Theory]
    [InlineData("en")]
    [InlineData("hi")]
    public async Task AProgramManagerReadsThePlanTheRoundWasOpenedFrom(string language)
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/plans");
        await page.Locator("[data-testid=plan-list] a", new() { HasText = "ui-monthly" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("[data-testid=reviewers-district-budaun] input")).ToHaveValueAsync(JourneyHost.DistrictReviewer.UserName);
        await Assertions.Expect(page.Locator("[data-testid=plan-problems]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync($"pm-plan-{language}");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task ANewPlanShowsEachProblemAtItsBoxAndIsSavedOnceTheyAreFixed()
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);
        await page.OpenAsync("/plans/new");

        await page.Locator("[data-testid=plan-id] input").FillAsync("ui-quarterly");
        var reviewers = page.Locator("[data-testid=reviewers-district-budaun]");
        await reviewers.Locator("input").FillAsync("Deepa District");

        await Assertions.Expect(page.Locator("[data-testid=plan-cluster-form]")).ToContainTextAsync("names no clusterForm");
        await Assertions.Expect(reviewers).ToContainTextAsync("Deepa District");
        Assert.True(await reviewers.Locator(".mud-input-error").CountAsync() > 0);
        // The state's reviewers box, which has no problem, is not marked.
        Assert.Equal(0, await page.Locator("[data-testid=reviewers-state-uttar-pradesh] .mud-input-error").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=save-plan]")).ToBeDisabledAsync();
        await page.ScreenshotAsync("pm-plan-problems-en");

        // Other tests may have saved more workflows, so the only-choice preselection cannot be relied on here.
        await ChooseAsync(page, "plan-workflow", "pilot-review");
        await ChooseAsync(page, "plan-cluster-form", "cluster_quarterly");
        await reviewers.Locator("input").FillAsync(JourneyHost.DistrictReviewer.UserName);
        await Assertions.Expect(reviewers).Not.ToContainTextAsync("Deepa District");
        await NoProblemsLeftAsync(page);
        await page.ClickAsync("[data-testid=save-plan]");

        await Assertions.Expect(page.Locator("[data-testid=based-on]")).ToHaveTextAsync("Editing version 1");
        Assert.EndsWith("/plans/ui-quarterly", page.Url);
        Assert.Empty(journey.Browser.Errors);
    }

    // Names what is still wrong when the list does not empty, rather than only its count.
    private static async Task NoProblemsLeftAsync(IPage page)
    {
        var problems = page.Locator("[data-testid=plan-problems]");
        try
        {
            await Assertions.Expect(problems).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            throw new Xunit.Sdk.XunitException("Problems left on the plan: " + string.Join(" | ", await problems.AllInnerTextsAsync()));
        }
    }

    private static async Task ChooseAsync(IPage page, string field, string option)
    {
        await page.Locator($"[data-testid={field}] div.mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid={field}] input").First).ToHaveValueAsync(option);
    }
}
