using ClusterWorkflow.Ui.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>
/// The journey through Debian's Chromium: a program manager adds a field to a form and saves
/// a version; the TSA fills the cluster form (a constraint message, fixed), uploads a roster with a
/// bad row (fixed in the grid), submits; the district reviewer returns it with a comment; the TSA
/// resubmits; the district and state reviewers approve; the round shows the cluster approved. No console error on any page.
/// </summary>
[Collection(nameof(JourneyCollection))]
public sealed class ReviewJourneyTests(JourneyHost journey)
{
    private Uri BaseAddress => journey.Host.BaseAddress;

    [Fact]
    public async Task AProgramManagerAddsAFieldToAFormAndSavesItAsANewVersion()
    {
        var page = await journey.Browser.NewPageAsync(BaseAddress);
        await page.SignInAsync(JourneyHost.ProgramManager);

        await page.OpenAsync("/forms/cluster_quarterly");
        await page.Locator("[data-testid=add-field]").Last.ClickAsync();
        var editor = page.Locator("[data-testid=field-editor]");
        await editor.Locator("[data-testid=field-name] input").FillAsync("women_trained");
        await editor.Locator("[data-testid=field-label-en] input").FillAsync("Women trained");
        await editor.Locator("[data-testid=field-label-hi] input").FillAsync("प्रशिक्षित महिलाएँ");
        await editor.Locator("[data-testid=expr-constraint] input").FillAsync("value <= ");
        await Assertions.Expect(editor.Locator("[data-testid=expr-constraint]")).ToContainTextAsync("1:");
        await Assertions.Expect(page.Locator("[data-testid=save-version]")).ToBeDisabledAsync();
        await editor.Locator("[data-testid=expr-constraint] input").FillAsync("value <= (trainees || 0)");
        await Assertions.Expect(page.Locator("[data-testid=preview]")).ToContainTextAsync("Women trained");
        await page.ScreenshotAsync("pm-form-designer-en");
        await page.ClickAsync("[data-testid=save-version]");

        await Assertions.Expect(page.Locator("[data-testid=based-on]")).ToHaveTextAsync("Editing version 2");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task ATsaSubmitsAReviewerReturnsItTheTsaResubmitsAndBothReviewersApprove()
    {
        var tsa = await journey.Browser.NewPageAsync(BaseAddress);
        await tsa.SignInAsync(JourneyHost.Tsa);
        await FillAndSubmitAsync(tsa);

        var district = await journey.Browser.NewPageAsync(BaseAddress);
        await district.SignInAsync(JourneyHost.DistrictReviewer);
        await district.OpenAsync("/reviews");
        await district.Locator($"[data-testid=open-submission][href$='{JourneyHost.SubmissionKey}']").ClickAsync();
        await district.WaitForInteractiveAsync();
        await FireAsync(district, "startReview", "District review");
        await district.ClickAsync("[data-testid=action-return]");
        await district.ClickAsync("[data-testid=comment-confirm]");
        await Assertions.Expect(district.Locator("[data-testid=comment-box]")).ToContainTextAsync("Write what needs fixing");
        await district.Locator("[data-testid=comment-box] textarea").FillAsync("Trainees look too high for one training; check the register.");
        await district.ClickAsync("[data-testid=comment-confirm]");
        await Assertions.Expect(district.Locator("[data-testid=submission-state]")).ToHaveTextAsync("Returned to the TSA");

        await tsa.OpenAsync($"/submissions/{JourneyHost.SubmissionKey}");
        await Assertions.Expect(tsa.Locator("[data-testid=returned-comment]")).ToContainTextAsync("Trainees look too high");
        await tsa.ScreenshotAsync("tsa-returned-en");
        await tsa.Locator("[data-testid=input-trainees] input").FillAsync("12");
        await FireAsync(tsa, "resubmit", "Submitted");

        await district.OpenAsync($"/submissions/{JourneyHost.SubmissionKey}");
        await FireAsync(district, "startReview", "District review");
        await FireAsync(district, "approve", "State review");

        var state = await journey.Browser.NewPageAsync(BaseAddress);
        await state.SignInAsync(JourneyHost.StateReviewer);
        await state.OpenAsync($"/submissions/{JourneyHost.SubmissionKey}");
        await state.ScreenshotAsync("state-reviewer-submission-en");
        await FireAsync(state, "approve", "Approved");

        var manager = await journey.Browser.NewPageAsync(BaseAddress);
        await manager.SignInAsync(JourneyHost.ProgramManager);
        await manager.OpenAsync("/rounds");
        var round = manager.Locator($"[data-testid=round-{JourneySetup.Period}]");
        await Assertions.Expect(round.Locator($"[data-testid=round-cluster-{JourneySetup.ClusterId}]")).ToContainTextAsync("Approved");
        await Assertions.Expect(round.Locator("[data-testid=round-progress]")).ToHaveTextAsync("1 of 1 clusters done, 0 overdue");
        await manager.ScreenshotAsync("pm-rounds-en");

        Assert.Empty(journey.Browser.Errors);
    }

    private static async Task FillAndSubmitAsync(IPage tsa)
    {
        await tsa.OpenAsync("/tasks");
        // The task of this round's submission: other tests of the collection may open further rounds.
        await tsa.Locator($"[data-testid=open-submission][href$='{JourneyHost.SubmissionKey}']").ClickAsync();
        await tsa.WaitForInteractiveAsync();
        await FireAsync(tsa, "start", "Draft");

        await tsa.Locator("[data-testid=input-quarter] input").FillAsync("FY2026-27 Q3");
        await tsa.Locator("[data-testid=input-pc_registered]").GetByText("Yes", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(tsa.Locator("[data-testid=input-pc_registration_date]")).ToBeVisibleAsync();
        await tsa.Locator("[data-testid=input-pc_registered]").GetByText("No", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(tsa.Locator("[data-testid=input-pc_registration_date]")).ToHaveCountAsync(0);
        await tsa.Locator("[data-testid=input-trainings_held] input").FillAsync("1");
        await tsa.Locator("[data-testid=input-trainees] input").FillAsync("40");
        await tsa.Locator("[data-testid=input-funds_received] input").FillAsync("100000");
        await tsa.Locator("[data-testid=input-funds_spent] input").FillAsync("150000");
        await Assertions.Expect(tsa.Locator("[data-testid=input-funds_spent]")).ToContainTextAsync("Funds spent cannot exceed funds received");
        await tsa.ScreenshotAsync("tsa-constraint-en");
        await tsa.Locator("[data-testid=input-funds_spent] input").FillAsync("80000");
        await Assertions.Expect(tsa.Locator("[data-testid=input-funds_spent]")).Not.ToContainTextAsync("cannot exceed");
        await tsa.Locator("[data-testid=input-tsa_staff_in_post] input").FillAsync("3");

        await tsa.GetByRole(AriaRole.Tab, new() { Name = "Enterprise roster" }).ClickAsync();
        var badCell = tsa.Locator($"[data-testid=cell-{RosterCsv.BadRow}-days_operated]");
        await tsa.Locator("[data-testid=roster-upload] input[type=file]").UploadAsync(RosterCsv.Write(),
            () => Assertions.Expect(badCell).ToHaveClassAsync("cw-cell-error", new() { Timeout = 10_000 }));
        await tsa.ScreenshotAsync("tsa-roster-row-error-en");
        await badCell.Locator("input").FillAsync("20");
        await badCell.Locator("input").PressAsync("Tab");
        await Assertions.Expect(badCell).Not.ToHaveClassAsync("cw-cell-error");

        await tsa.ClickAsync("[data-testid=save-draft]");
        await FireAsync(tsa, "submit", "Submitted");
    }

    private static async Task FireAsync(IPage page, string trigger, string expectedState)
    {
        await page.ClickAsync($"[data-testid=action-{trigger}]");
        await Assertions.Expect(page.Locator("[data-testid=submission-state]")).ToHaveTextAsync(expectedState);
    }
}

[CollectionDefinition(nameof(JourneyCollection))]
public sealed class JourneyCollection : ICollectionFixture<JourneyHost>;
