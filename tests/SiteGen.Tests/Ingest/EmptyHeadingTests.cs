using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>A heading without words stops the build at its line (SG037); punctuation, code or an image's alt text are words.</summary>
public sealed class EmptyHeadingTests
{
    [Theory]
    [InlineData("## \n\n正文。\n")]
    [InlineData("##\n\n正文。\n")]
    [InlineData("## #\n\n正文。\n")]
    [InlineData("正文。\n\n- 项\n\n  ### \n")]
    public void A_heading_without_words_is_an_error_at_its_line(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.EmptyHeading, error.Code);
        var line = Array.FindIndex((Reports.FrontMatter + body).Split('\n'), l => l.TrimStart().StartsWith('#')) + 1;
        Assert.Equal(line, error.Location.Line);
    }

    [Theory]
    [InlineData("## ！！！\n\n正文。\n")]
    [InlineData("## `sitegen`\n\n正文。\n")]
    [InlineData("## 2021\n\n正文。\n")]
    public void Punctuation_digits_and_code_are_words(string body)
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.NotNull(report);
    }
}
