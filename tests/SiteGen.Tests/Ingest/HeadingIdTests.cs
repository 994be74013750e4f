using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

public sealed class HeadingIdTests
{
    [Fact]
    public void Heading_ids_keep_Chinese_characters_and_drop_punctuation()
    {
        var report = Reports.Body("## 一、坚持创新理论武装,着力把牢正确政治方向\n\n正文。\n");
        Assert.Equal("一坚持创新理论武装着力把牢正确政治方向", report.Headings.Single().Id);
    }

    [Fact]
    public void Heading_ids_are_unique_when_titles_repeat()
    {
        var report = Reports.Body("## 工作回顾\n\n甲。\n\n## 工作回顾\n\n乙。\n\n## 工作回顾\n\n丙。\n");
        Assert.Equal(["工作回顾", "工作回顾-2", "工作回顾-3"], report.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Explicit_id_wins_and_is_reserved_before_generated_ids()
    {
        var report = Reports.Body("## 概述\n\n甲。\n\n## 其他 {#概述}\n\n乙。\n");
        Assert.Equal(["概述-2", "概述"], report.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Latin_heading_ids_are_lower_case_with_hyphens()
    {
        var report = Reports.Body("## Work Review 2020\n\nText.\n");
        Assert.Equal("work-review-2020", report.Headings.Single().Id);
    }

    [Fact]
    public void Duplicate_explicit_ids_are_an_error_with_the_line()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "## 甲 {#sec-a}\n\n## 乙 {#sec-a}\n");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void Paragraph_ids_count_within_their_section_so_edits_elsewhere_do_not_move_them()
    {
        var before = Reports.Body("## 甲\n\n一。\n\n## 乙\n\n二。\n\n三。\n");
        var after = Reports.Body("## 甲\n\n新增。\n\n一。\n\n## 乙\n\n二。\n\n三。\n");
        Assert.Equal(["乙-1", "乙-2"], Ids(before, "乙"));
        Assert.Equal(Ids(before, "乙"), Ids(after, "乙"));
    }

    [Fact]
    public void Body_headings_start_at_level_two_because_the_title_is_the_h1()
    {
        var report = Reports.Body("#### 深\n\n文。\n\n##### 更深\n\n文。\n");
        Assert.Equal([2, 3], report.Headings.Select(h => h.Level));
    }

    private static IEnumerable<string> Ids(Report report, string section) =>
        report.Blocks.OfType<ParagraphBlock>().Select(p => p.Id).Where(id => id.StartsWith(section, StringComparison.Ordinal));
}
