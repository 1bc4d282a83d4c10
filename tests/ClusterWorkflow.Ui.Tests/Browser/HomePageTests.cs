using ClusterWorkflow.Ui.Tests.Infrastructure;

namespace ClusterWorkflow.Ui.Tests.Browser;

/// <summary>Each role's home page in English and Hindi, kept as screenshots under artifacts/ui, with no console error.</summary>
[Collection(nameof(JourneyCollection))]
public sealed class HomePageTests(JourneyHost journey)
{
    public static TheoryData<string, string> People() => new()
    {
        { JourneyHost.ProgramManager.UserName, "en" }, { JourneyHost.ProgramManager.UserName, "hi" },
        { JourneyHost.Tsa.UserName, "en" }, { JourneyHost.Tsa.UserName, "hi" },
        { JourneyHost.DistrictReviewer.UserName, "en" }, { JourneyHost.DistrictReviewer.UserName, "hi" },
        { JourneyHost.StateReviewer.UserName, "en" }, { JourneyHost.StateReviewer.UserName, "hi" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task EachRoleSeesItsHomePageInTheChosenLanguage(string userName, string language)
    {
        var person = new[] { JourneyHost.ProgramManager, JourneyHost.Tsa, JourneyHost.DistrictReviewer, JourneyHost.StateReviewer }.Single(p => p.UserName == userName);
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress, language);

        await page.SignInAsync(person);

        var title = await page.Locator("#home-title").TextContentAsync();
        Assert.Equal(language == "hi" ? $"स्वागत है, {person.DisplayName}" : $"Welcome, {person.DisplayName}", title);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync($"home-{person.Roles[0]}-{language}");
        Assert.Empty(journey.Browser.Errors);
    }

    [Fact]
    public async Task TheSignInPageSwitchesToHindiAndBack()
    {
        var page = await journey.Browser.NewPageAsync(journey.Host.BaseAddress);
        await page.GotoAsync("/signin");
        await page.ClickAsync("[data-testid=lang-hi]");
        Assert.Equal("साइन इन करें", await page.Locator("#signin-title").TextContentAsync());
        await page.ScreenshotAsync("sign-in-hi");
        await page.ClickAsync("[data-testid=lang-en]");
        Assert.Equal("Sign in", await page.Locator("#signin-title").TextContentAsync());
        await page.ScreenshotAsync("sign-in-en");
    }
}
