using System.Diagnostics;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Nesting past the limit stops with one located error instead of a crash or a stack trace.</summary>
public sealed class NestingLimitTests
{
    [Theory]
    [InlineData("quotes", 1000)]
    [InlineData("lists", 1000)]
    [InlineData("quotes", 40)]
    [InlineData("lists", 40)]
    [InlineData("lists", 100)]
    [InlineData("quotes", 200)]
    public void Deep_nesting_is_one_error_at_the_line_where_it_gets_too_deep(string kind, int levels)
    {
        var body = new StringBuilder("正文。\n\n");
        if (kind == "quotes")
        {
            body.Append(string.Concat(Enumerable.Repeat("> ", levels))).Append("深处。\n");
        }
        else
        {
            for (var i = 0; i < levels; i++)
            {
                body.Append(' ', 2 * i).Append("- 项\n");
            }
        }

        var clock = Stopwatch.StartNew();
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep);
        Assert.Equal(Severity.Error, error.Severity);
        // Quotes all open on line 7; the 33rd list level is line 7 + 32.
        Assert.Equal(kind == "quotes" ? 7 : 7 + 32, error.Location.Line);
        Assert.Null(report);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_whole()
    {
        var report = Reports.Body(string.Concat(Enumerable.Repeat("> ", 32)) + "深处。\n");
        var depth = 0;
        for (Block block = report.Blocks[0]; block is QuoteBlock quote; block = quote.Blocks[0])
        {
            depth++;
            if (quote.Blocks.Length == 0) break;
        }

        Assert.Equal(32, depth);
        Assert.Contains(ReportWalker.Blocks(report), b => b is ParagraphBlock p && InlineText.Of(p.Content) == "深处。");
    }
}
