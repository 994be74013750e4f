using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [ToolFact(Tool.Chromium)]
    public async Task Phone_and_desktop_screenshots_have_the_right_width()
    {
        using var dir = new TempDir();
        dir.File("index.html", Samples.ValidHtml);
        using var server = StaticSiteServer.Start(dir.Path);
        var session = await browser.GetSessionAsync();

        var phone = await Screenshot.PhoneAsync(session, server.UrlFor("index.html"), dir.Combine("shots/phone.png"));
        var desktop = await Screenshot.DesktopAsync(session, server.UrlFor("index.html"), dir.Combine("shots/desktop.png"), fullPage: false);

        Assert.Equal(Screenshot.PhoneWidth, Samples.PngSize(phone.Png).Width);
        Assert.Equal((Screenshot.DesktopWidth, Screenshot.DesktopHeight), Samples.PngSize(desktop.Png));
        Assert.True(File.Exists(dir.Combine("shots/phone.png")));
        Assert.False(phone.HasHorizontalOverflow);
        // Keep a copy to look at when debugging font problems (CJK glyphs need fonts-noto-cjk).
        if (Environment.GetEnvironmentVariable("SITEGEN_KEEP_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(dir.Combine("shots/phone.png"), Path.Combine(keep, "phone.png"), overwrite: true);
            File.Copy(dir.Combine("shots/desktop.png"), Path.Combine(keep, "desktop.png"), overwrite: true);
        }
    }

    [ToolFact(Tool.Chromium)]
    public async Task Detects_horizontal_overflow_on_a_phone()
    {
        using var dir = new TempDir();
        dir.File("wide.html", """<!DOCTYPE html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>wide</title></head><body><table style="width:900px"><tr><td>wide table</td></tr></table></body></html>""");
        using var server = StaticSiteServer.Start(dir.Path);

        var shot = await Screenshot.PhoneAsync(await browser.GetSessionAsync(), server.UrlFor("wide.html"));

        Assert.True(shot.HasHorizontalOverflow, $"content width {shot.ContentWidth}");
    }

    [ToolFact(Tool.Chromium)]
    public async Task A_page_without_a_viewport_meta_is_laid_out_at_980px_on_a_phone()
    {
        using var dir = new TempDir();
        dir.File("noviewport.html", """<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>""");
        using var server = StaticSiteServer.Start(dir.Path);

        var shot = await Screenshot.PhoneAsync(await browser.GetSessionAsync(), server.UrlFor("noviewport.html"));

        Assert.True(shot.HasHorizontalOverflow, $"content width {shot.ContentWidth}");
    }
}
