using Microsoft.Playwright;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>A PNG of a page plus the measurements that tell whether the layout fits the viewport.</summary>
public sealed record PageScreenshot(string? Path, byte[] Png, int ViewportWidth, int ContentWidth, int ContentHeight)
{
    /// <summary>True when the page is wider than the viewport (horizontal scrolling on a phone).</summary>
    public bool HasHorizontalOverflow => ContentWidth > ViewportWidth;
}

/// <summary>Screenshots at phone (390 px, like an iPhone 12–15) and desktop (1280 px) width.</summary>
public static class Screenshot
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;

    public static Task<PageScreenshot> PhoneAsync(BrowserSession browser, string url, string? outputPath = null, bool fullPage = true) =>
        CaptureAsync(browser, url, PhoneWidth, PhoneHeight, outputPath, fullPage, mobile: true);

    public static Task<PageScreenshot> DesktopAsync(BrowserSession browser, string url, string? outputPath = null, bool fullPage = true) =>
        CaptureAsync(browser, url, DesktopWidth, DesktopHeight, outputPath, fullPage, mobile: false);

    /// <summary>Opens <paramref name="url"/> at the given viewport and writes a PNG (to <paramref name="outputPath"/> when given).</summary>
    public static async Task<PageScreenshot> CaptureAsync(BrowserSession browser, string url, int width, int height, string? outputPath = null, bool fullPage = true, bool mobile = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
        }).ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 }).ConfigureAwait(false);
            // Web fonts can still be loading after 'load'; wait so the PNG shows the real glyphs.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)").ConfigureAwait(false);
            var size = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]").ConfigureAwait(false);
            if (outputPath is not null)
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(outputPath))!);
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage, Path = outputPath, Type = ScreenshotType.Png }).ConfigureAwait(false);
            return new PageScreenshot(outputPath, png, width, size[0], size[1]);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }
}
