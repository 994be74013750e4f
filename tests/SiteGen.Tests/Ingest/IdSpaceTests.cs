using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>Issue 9: ingestion owns the page's whole id space.</summary>
public sealed partial class IdSpaceTests
{
    [Fact]
    public void Headings_named_like_the_pages_own_ids_get_ids_that_do_not_collide()
    {
        var report = Reports.Body("## Main\n\nText.\n\n## Citation title\n\nText.\n\n## Downloads title\n\n## TOC title\n\n## sg footnotes\n");
        Assert.Equal(["main-2", "citation-title-2", "downloads-title-2", "toc-title-2", "sg-footnotes-2"], report.Headings.Select(h => h.Id));
    }

    [Fact]
    public void A_repeated_heading_gets_minus_two_even_after_a_section_of_paragraphs()
    {
        var report = Reports.Body("## 甲\n\n一。\n\n二。\n\n三。\n\n四。\n\n## 甲\n\n五。\n");
        Assert.Equal(["甲", "甲-2"], report.Headings.Select(h => h.Id));
        var ids = ReportWalker.Blocks(report).OfType<ParagraphBlock>().Select(p => p.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain("甲-2", ids);
    }

    [Fact]
    public void An_explicit_id_that_is_the_pages_own_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "## 甲 {#main}\n\n文。\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void Every_id_the_templates_and_the_writer_add_is_reserved()
    {
        var templates = Path.Combine(Reports.RepoRoot, "templates");
        var fromTemplates = Directory.EnumerateFiles(templates, "report*.sbn-html", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(templates, "partials"), "*", SearchOption.AllDirectories))
            .SelectMany(f => LiteralId().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(fromTemplates);
        Assert.All(fromTemplates, id => Assert.Contains(id, PageIds.Reserved));

        var report = Reports.Body("## 甲\n\n文[^1]。\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^1]: 注。\n");
        var body = HtmlBodyWriter.Write(report);
        var own = ReportIds.Of(report);
        var added = LiteralId().Matches(body.Article + body.Footnotes + body.TableOfContents)
            .Select(m => m.Groups[1].Value).Where(id => !own.Contains(id)).ToList();
        Assert.Contains(PageIds.Footnotes, added);
        Assert.All(added, id => Assert.Contains(id, PageIds.Reserved));
    }

    [GeneratedRegex("""\bid="([^"{}]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LiteralId();
}
