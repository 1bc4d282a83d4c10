using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The report templates page: a syntax error shown with its line and column, the sample rendered in a frame, a new version saved.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class ReportTemplatesTests(JourneyHost journey)
{
    [Theory]
    [InlineData("en")]
    [InlineData("hi")]
    public async Task AProgramManagerPreviewsTheShippedReviewReportWithTheSampleData(string language)
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/report-templates/cluster-review.html");
        await page.ClickAsync("[data-testid=check-template]");

        var preview = page.FrameLocator("[data-testid=template-preview]");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("(sample data)");
        await page.ScreenshotAsync($"pm-report-templates-{language}");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task AnUnclosedLoopIsShownWithItsLineAndNothingIsSavedUntilItIsFixed()
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);
        await page.OpenAsync("/report-templates/round-summary.md");
        var editor = page.Locator("[data-testid=template-editor] textarea");
        var shipped = await editor.InputValueAsync();
        var lines = shipped.Split('\n').Length;

        await editor.FillAsync(shipped + "\n{{ for cluster in clusters }}\n- {{ cluster.name }}\n");
        await page.ClickAsync("[data-testid=check-template]");

        var problems = page.Locator("[data-testid=template-problems]");
        await Assertions.Expect(problems).ToContainTextAsync("The <end> statement was not found");
        // Scriban reports an unclosed loop where the text ends: in the lines added after the shipped text.
        var reported = int.Parse(System.Text.RegularExpressions.Regex.Match(await problems.TextContentAsync() ?? "", @"line (\d+), column").Groups[1].Value);
        Assert.InRange(reported, lines, lines + 3);
        await Assertions.Expect(page.Locator("[data-testid=save-template]")).ToBeDisabledAsync();
        await page.ScreenshotAsync("pm-report-template-error-en");

        await editor.FillAsync(shipped + "\n_Edited in the web UI._\n");
        await page.ClickAsync("[data-testid=check-template]");
        await Assertions.Expect(page.Locator("[data-testid=template-preview]")).ToContainTextAsync("Edited in the web UI.");
        await page.ClickAsync("[data-testid=save-template]");
        await Assertions.Expect(page.Locator("[data-testid=based-on]")).ToHaveTextAsync("Editing version 1");
        await Assertions.Expect(page.Locator("[data-testid=template-list]")).ToContainTextAsync("version 1");
        Assert.Empty(journey.Browser.Errors);
    }
}
