using System.Collections.Concurrent;
using InnoGraph.Testing;
using Microsoft.Playwright;

namespace InnoGraph.Integration.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), with one page that records every
/// request it makes and every script error, so a test can say the page stayed on its own host and ran clean.
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    public const string ChromiumVariable = "INNOGRAPH_CHROMIUM";

    // Bounds a wait for the page; it measures nothing.
    private const float WaitBound = 60_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private BrowserPage(IPlaywright playwright, IBrowser browser, Uri origin)
    {
        _playwright = playwright;
        _browser = browser;
        Origin = origin;
    }

    public Uri Origin { get; }

    public IPage Page { get; private set; } = null!;

    /// <summary>Every request of every page, other than to <see cref="Origin"/> or to <c>data:</c> and <c>blob:</c> URLs.</summary>
    public IReadOnlyList<string> ForeignRequests => _requests.Where(IsForeign).ToList();

    /// <summary>Uncaught exceptions and console errors (a refused Content-Security-Policy rule among them).</summary>
    public IReadOnlyList<string> ScriptErrors => _errors.ToList();

    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "browser");

    public static async Task<BrowserPage> OpenAsync(Uri origin)
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        File.Exists(chromium).Should().BeTrue(
            $"browser tests drive Debian's Chromium at {chromium}: install it with 'apt-get install chromium' (.ci/run does), or set {ChromiumVariable}");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var session = new BrowserPage(playwright, browser, origin);
            session.Page = await session.NewPageAsync();
            return session;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page in a context of its own: no storage shared with the other pages, as for a colleague opening a shared link.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        context.SetDefaultTimeout(WaitBound);
        var page = await context.NewPageAsync();
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.PageError += (_, error) => _errors.Enqueue(Shortened($"uncaught: {error}"));
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue(Shortened($"console: {message.Text}"));
            }
        };
        return page;
    }

    /// <summary>Opens <paramref name="pathAndQuery"/> and waits for the explorer to draw its first view.</summary>
    public async Task OpenExplorerAsync(IPage page, string pathAndQuery = "/")
    {
        await page.GotoAsync(new Uri(Origin, pathAndQuery).ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready !== undefined && window.innograph !== undefined");
    }

    /// <summary>Runs <paramref name="action"/> and waits until the explorer says it has drawn again.</summary>
    public static async Task RedrawnAfterAsync(IPage page, Func<Task> action)
    {
        var before = await page.EvaluateAsync<string?>("() => document.body.dataset.ready ?? null");
        await action();
        await page.WaitForFunctionAsync("before => (document.body.dataset.ready ?? null) !== before", before);
        var status = page.Locator("#status.error");
        (await status.CountAsync()).Should().Be(0, $"the explorer reported an error: {(await status.CountAsync() > 0 ? await status.InnerTextAsync() : "")}");
    }

    /// <summary>Writes a screenshot of <paramref name="page"/> under <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public void ShouldHaveStayedCleanAndLocal()
    {
        ForeignRequests.Should().BeEmpty("the explorer loads every script, style and font from the API");
        ScriptErrors.Should().BeEmpty();
    }

    // A refused data: URL is quoted whole in the message; the start says which rule refused it.
    private static string Shortened(string message) => message.Length <= 400 ? message : $"{message[..400]}…";

    private bool IsForeign(string url) =>
        !(url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
          || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Origin.Scheme && uri.Authority == Origin.Authority));

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
