using Microsoft.Playwright;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>
/// One headless Debian chromium driven by Microsoft.Playwright (its node driver ships inside
/// the NuGet package; no browser download). Expensive to start: share it through
/// <see cref="BrowserFixture"/> rather than launching one per test.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Flags for a small, offline, root-run machine (no sandbox as root, no GPU, small /dev/shm).</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public string Version => Browser.Version;

    public static async Task<BrowserSession> LaunchAsync()
    {
        Tools.Require(Tool.Chromium);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Tools.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                Timeout = 60_000,
            }).ConfigureAwait(false);
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh, isolated context (cookies, storage); dispose it after use.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Screenshot.DesktopWidth, Height = 900 },
            Locale = "zh-CN",
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}

/// <summary>
/// xunit collection fixture holding one <see cref="BrowserSession"/> for every test class in
/// [Collection(BrowserCollection.Name)]. The browser starts on first use, so a missing chromium
/// fails the test that needs it with a clear <see cref="CheckerMissingException"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BrowserSession? _session;

    public async Task<BrowserSession> GetSessionAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _session ??= await BrowserSession.LaunchAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>An <see cref="AxeChecker"/> on the shared browser.</summary>
    public async Task<AxeChecker> GetAxeAsync() => new(await GetSessionAsync().ConfigureAwait(false));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>Use as [Collection(BrowserCollection.Name)] on test classes that need the browser.</summary>
    public const string Name = "Browser";
}
