using System.Text.RegularExpressions;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// The report page lies inside its own bag, so it cannot print the bag's size: it says what the bag holds
/// instead, never an empty size; the home page, made after the bag, gives the size. No listing carries an
/// empty detail.
/// </summary>
public sealed partial class BagListingTests : IDisposable
{
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData("zh-CN", "ZIP：各格式、源文件及校验值")]
    [InlineData("zh-TW", "ZIP：各格式、原始檔及校驗值")]
    [InlineData("en", "ZIP: every format, the source and its checksums")]
    public void The_report_page_says_what_the_bag_holds_and_the_home_page_its_size(string lang, string contents)
    {
        _input.Write("r/report.md", $"---\ntitle: 报告\ndate: 2021-02-22\nslug: r-2021\nlang: {lang}\n---\n\n正文。\n");
        var result = SiteBuilder.Build(_input.Options with { BuildPdf = false, BuildEpub = false, UseCache = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = File.ReadAllText(Path.Combine(_input.Output, "r-2021", "index.html"));
        var bagLine = Assert.Single(page.Split('\n'), l => l.Contains("r-2021-v1.zip", StringComparison.Ordinal));
        Assert.Contains($"<span class=\"format-meta\">{contents}</span>", bagLine);

        var home = File.ReadAllText(Path.Combine(_input.Output, "index.html"));
        var bytes = new FileInfo(Path.Combine(_input.Output, "archive", "r-2021-v1.zip")).Length;
        var homeLine = Assert.Single(home.Split('\n'), l => l.Contains("r-2021-v1.zip", StringComparison.Ordinal));
        Assert.Contains($"<span class=\"format-meta\">{(bytes + 1023) / 1024} KB</span>", homeLine);

        Assert.DoesNotMatch(EmptyDetail(), page);
        Assert.DoesNotMatch(EmptyDetail(), home);
    }

    [GeneratedRegex("<span class=\"format-meta\">\\s*</span>")]
    private static partial Regex EmptyDetail();
}
