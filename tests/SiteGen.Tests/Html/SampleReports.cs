using System.Collections.Immutable;
using System.Xml.Linq;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests.Html;

/// <summary>Reports built by hand, so the renderer is tested on its own (including content ingestion would refuse).</summary>
internal static class SampleReports
{
    public static readonly SourceLocation At = new("t/report.md", 1, 1);

    public static ImmutableArray<Inline> Text(string text) => [new TextInline(text)];

    public static Report Of(params Block[] blocks) => With(Metadata(), blocks);

    public static Report With(ReportMetadata metadata, Block[] blocks, params Footnote[] footnotes) => new()
    {
        SourcePath = "t/report.md",
        SourceText = string.Empty,
        Metadata = metadata,
        Blocks = [.. blocks],
        Footnotes = [.. footnotes],
    };

    public static ReportMetadata Metadata(string lang = "zh-CN", string slug = "t-2021", string title = "测试报告", int year = 2021) => new()
    {
        Title = title,
        Date = new DateOnly(year, 2, 22),
        Lang = lang,
        Slug = slug,
        Kicker = "聚焦",
        Subtitle = "副标题",
        Organization = "测试委员会",
        Byline = "记者 某某",
        Description = "一份测试报告。",
        Keywords = ["测试", "报告"],
    };

    public static HeadingBlock Heading(int level, string id, string text) => new(level, id, Text(text), At);

    public static ParagraphBlock Paragraph(string id, params Inline[] inlines) => new(id, [.. inlines], At);

    /// <summary>Parses a fragment as XML: proves it is well-formed XHTML and lets tests query it.</summary>
    public static XElement Xml(string fragment) => XElement.Parse("<root>" + fragment + "</root>");
}
