using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>Parses Markdown written inline in a test.</summary>
public static class Reports
{
    public const string FrontMatter = "---\ntitle: 测试报告\ndate: 2021-02-22\n---\n";

    public static (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown, SiteSettings? site = null, string path = "t/report.md")
    {
        var bag = new DiagnosticBag();
        var report = ReportParser.Parse(path, markdown, Path.GetTempPath(), site ?? SiteSettings.Default, bag);
        return (report, bag.Sorted());
    }

    public static Report Body(string body)
    {
        var (report, diagnostics) = Parse(FrontMatter + body);
        Assert.NotNull(report);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        return report;
    }

    /// <summary>The 2021 report's raw newspaper text (tests/SiteGen.Tests/Fixtures, copied beside the assembly).</summary>
    public static string RawText2021 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "report-2021-raw.txt"));

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SiteGen.sln not found");
        }
    }
}
