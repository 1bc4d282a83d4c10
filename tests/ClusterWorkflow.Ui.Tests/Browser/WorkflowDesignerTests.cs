using System.Text;
using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>The workflow designer in the browser: the diagram drawn by the vendored mermaid, a new workflow saved, a conflict that keeps the draft.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class WorkflowDesignerTests(JourneyHost journey)
{
    [Theory]
    [InlineData("en")]
    [InlineData("hi")]
    public async Task AProgramManagerSeesThePilotWorkflowAsTablesWithItsDiagramDrawn(string language)
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/workflows");
        await page.Locator("[data-testid=workflow-list] a", new() { HasText = "pilot-review" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        // Mermaid drew an SVG with the states' labels, from the bundle the host serves.
        var diagram = page.Locator("[data-testid=diagram-canvas] svg");
        await Assertions.Expect(diagram).ToBeVisibleAsync();
        await Assertions.Expect(diagram).ToContainTextAsync("District review");
        await Assertions.Expect(page.Locator("[data-testid=transitions-table] tbody")).ToHaveCountAsync(8);
        await page.ScreenshotAsync($"pm-workflow-designer-{language}");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task ANewWorkflowIsCheckedAsItIsTypedSavedAndAConflictingSaveKeepsTheDraft()
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);
        await page.OpenAsync("/workflows");
        await page.ClickAsync("[data-testid=new-workflow]");
        await page.WaitForInteractiveAsync();

        // The starter workflow is drawn at once, before it has an id.
        await Assertions.Expect(page.Locator("[data-testid=diagram-canvas] svg")).ToContainTextAsync("Submitted");
        await page.Locator("[data-testid=workflow-id] input").FillAsync("ui-short-review");
        var trigger = page.Locator("[data-testid=transition-1] [data-testid=trigger] input");
        await trigger.FillAsync("approve now");
        await Assertions.Expect(page.Locator("[data-testid=transition-problems-1]")).ToContainTextAsync("is not a valid trigger");
        await Assertions.Expect(page.Locator("[data-testid=save-workflow]")).ToBeDisabledAsync();
        await page.ScreenshotAsync("pm-workflow-designer-error-en");
        await trigger.FillAsync("approve");
        await Assertions.Expect(page.Locator("[data-testid=transition-problems-1]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=save-workflow]");
        await Assertions.Expect(page.Locator("[data-testid=based-on]")).ToHaveTextAsync("Editing version 1");
        Assert.EndsWith("/workflows/ui-short-review", page.Url);

        // Someone else saves version 2 behind the designer's back; the next save from the page is a conflict.
        await SaveThroughApiAsync("ui-short-review");
        await page.Locator("[data-testid=transition-2] [data-testid=transition-label] input").FillAsync("Send back to the TSA");
        await page.ClickAsync("[data-testid=save-workflow]");
        await Assertions.Expect(page.Locator("[data-testid=save-conflict]")).ToContainTextAsync("version 2");
        await Assertions.Expect(page.Locator("[data-testid=transition-2] [data-testid=transition-label] input")).ToHaveValueAsync("Send back to the TSA");
        await page.ClickAsync("[data-testid=save-mine]");
        await Assertions.Expect(page.Locator("[data-testid=based-on]")).ToHaveTextAsync("Editing version 3");
        Assert.Empty(journey.Browser.Errors);
    }

    private async Task SaveThroughApiAsync(string id)
    {
        var json = $$"""
            { "id": "{{id}}", "version": 1, "name": "Saved by someone else", "initialState": "Draft",
              "states": [ { "id": "Draft" }, { "id": "Approved", "final": true } ],
              "transitions": [ { "trigger": "approve", "from": "Draft", "to": "Approved", "roles": ["districtReviewer"] } ] }
            """;
        using var response = await journey.Host.Admin.PostAsync($"/api/programs/{JourneySetup.ProgramId}/workflows",
            new StringContent(json, Encoding.UTF8, "application/json"));
        await journey.Host.EnsureAsync(response, "save the other version");
    }
}
