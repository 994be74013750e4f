using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Issue 11: an impossible date says so; a date far in the future warns, by the build's (injectable) clock.</summary>
public sealed class ReportDateTests
{
    [Theory]
    [InlineData("2022-02-30", "2022-02 has 28 days")]
    [InlineData("2024-02-30", "2024-02 has 29 days")]
    [InlineData("2021-04-31", "2021-04 has 30 days")]
    [InlineData("2021-13-01", "no month 13")]
    public void An_impossible_date_says_no_such_day_at_its_line(string date, string why)
    {
        var (_, diagnostics) = Reports.Parse($"---\ntitle: 报告\ndate: {date}\n---\n正文。\n");
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal((3, 7), (d.Location.Line, d.Location.Column));
        Assert.Contains("no such day", d.Message);
        Assert.Contains(why, d.Message);
    }

    [Fact]
    public void A_date_that_is_not_yyyy_mm_dd_says_how_to_write_it()
    {
        var (_, diagnostics) = Reports.Parse("---\ntitle: 报告\ndate: 2021年2月22日\n---\n正文。\n");
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Contains("yyyy-mm-dd", d.Message);
        Assert.DoesNotContain("no such day", d.Message);
    }

    [Theory]
    [InlineData("2027-11-30", false)]
    [InlineData("2027-12-02", true)]
    [InlineData("2207-02-22", true)]
    public void A_date_more_than_a_year_after_the_clock_warns(string date, bool warns)
    {
        using var input = new TempInput().Write("r/report.md", $"---\ntitle: 报告\ndate: {date}\n---\n正文。\n");
        var options = input.Options with { Clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)) };
        var found = SiteGen.Pipeline.SiteBuilder.Check(options).Diagnostics.Where(d => d.Code == DiagnosticCodes.FutureDate).ToList();
        Assert.Equal(warns, found.Count == 1);
        Assert.All(found, d => Assert.Equal((Severity.Warning, "r/report.md", 3), (d.Severity, d.Location.File, d.Location.Line)));
    }

    [Fact]
    public void The_clock_changes_warnings_never_output()
    {
        using var input = new TempInput().Write("site.yml", Links.CrossReportLinkTests.SiteYml).Write("r/report.md", "---\ntitle: 报告\ndate: 2030-01-01\n---\n正文。\n");
        var now = input.Options with { BuildPdf = false, BuildEpub = false, UseCache = false };
        var later = now with { OutputDirectory = input.Output + "-later", Clock = new FixedClock(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero)) };
        var first = SiteGen.Pipeline.SiteBuilder.Build(now with { Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) });
        var second = SiteGen.Pipeline.SiteBuilder.Build(later);
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCodes.FutureDate);
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == DiagnosticCodes.FutureDate);
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(Snapshot(input.Output), Snapshot(input.Output + "-later"));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
