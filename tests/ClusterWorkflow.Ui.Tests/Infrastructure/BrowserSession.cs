using Microsoft.Playwright;

namespace ClusterWorkflow.Ui.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (its driver ships in the package; no browser download).
/// Every page's console errors and uncaught exceptions are collected, so a journey fails on them.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly List<string> errors = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    /// <summary>Console errors and page exceptions seen so far, with the page they came from.</summary>
    public IReadOnlyList<string> Errors { get { lock (errors) return [.. errors]; } }

    public static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh browser profile (no cookies) on the host, in the given UI language.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string language = "en")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-IN",
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(30_000);
        // Expectations wait 5 s by default; on a 2-core machine running silos, builds and the browser
        // at once a server round-trip of the interactive circuit can take longer than that.
        Assertions.SetDefaultExpectTimeout(20_000);
        await context.AddCookiesAsync(
        [
            new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = baseAddress.ToString() },
        ]);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors) errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add($"{page.Url}: {error}");
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
