using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Infrastructure;

/// <summary>What a person does in the UI, in the words of the journey.</summary>
public static class PageSteps
{
    /// <summary>Signs in through the sign-in form and waits until the home page is interactive.</summary>
    public static async Task SignInAsync(this IPage page, TestPerson person)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", person.UserName);
        await page.FillAsync("#password", person.Password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForInteractiveAsync();
        await page.Locator("#home-title").WaitForAsync();
    }

    /// <summary>Goes to a page of the UI and waits until its circuit is connected (buttons work).</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Picks a file in a Blazor file input and waits until the page shows it was taken. The input
    /// listens for the pick only once its script has started, which on a loaded machine can be after
    /// the input is in the page (a person picks long after that): a pick that went unheard is repeated.
    /// </summary>
    public static Task UploadAsync(this ILocator fileInput, string file, Func<Task> untilTaken) =>
        PickUntilTakenAsync(() => fileInput.SetInputFilesAsync(file), untilTaken);

    /// <inheritdoc cref="UploadAsync(ILocator, string, Func{Task})"/>
    public static Task UploadAsync(this ILocator fileInput, FilePayload file, Func<Task> untilTaken) =>
        PickUntilTakenAsync(() => fileInput.SetInputFilesAsync(file), untilTaken);

    private static async Task PickUntilTakenAsync(Func<Task> pick, Func<Task> untilTaken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await pick();
            try
            {
                await untilTaken();
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>The layout renders a marker only once the page runs on its interactive circuit.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>A full-page screenshot under artifacts/ui, animations off, after the page settled.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // From the top, so the fixed app bar sits where a person sees it.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepoPaths.Screenshots, name + ".png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}
