namespace SiteGen.Diagnostics;

/// <summary>Links between reports, drafts, dates, pasted text and files that look like reports.</summary>
public static partial class Messages
{
    public static readonly Msg<string, Message> LinkToNoReport = new(
        "the link to '{0}' points at no report: there is no {1}; link another report as '../<folder>/report.md#id' (its Markdown file) or '../<slug>/#id' (its page)",
        "指向“{0}”的链接找不到对应的报告：没有{1}；链接其他报告请写作“../<文件夹>/report.md#id”（其 Markdown 文件）或“../<slug>/#id”（其页面）");

    public static readonly Msg<string> WantedOutsideInput = new("'{0}', outside the input folder", "“{0}”（在输入文件夹之外）");
    public static readonly Msg<string> WantedReportFile = new("a report file '{0}'", "报告文件“{0}”");
    public static readonly Msg<string> WantedSlug = new("a report with slug '{0}'", "slug 为“{0}”的报告");

    public static readonly Msg<string, string, string> BrokenAnchorElsewhere = new(
        "the link to '{0}' points at no heading, paragraph, figure, table or footnote '{1}' in {2}",
        "指向“{0}”的链接在 {2} 中找不到名为“{1}”的标题、段落、插图、表格或脚注");

    public static readonly Msg<string, string> LinkToDraft = new(
        "the link to '{0}' points at {1}, a draft ('draft: true'), which is not published; publish it or remove the link",
        "指向“{0}”的链接指向草稿 {1}（“draft: true”），草稿不会发布；请发布该报告或删除此链接");

    public static readonly Msg<string, int> DateNoSuchMonth = new(
        "'{0}' has no such day: there is no month {1} (months run 01 to 12); write yyyy-mm-dd",
        "“{0}”不是存在的日期：没有 {1} 月（月份为 01 至 12）；请写作 yyyy-mm-dd");

    public static readonly Msg<string, string, int> DateNoSuchDay = new(
        "'{0}' has no such day: {1} has {2} days",
        "“{0}”不是存在的日期：{1} 只有 {2} 天");

    public static readonly Msg<string, string> DateFarFuture = new(
        "the date {0} is more than a year after today ({1}); check the year",
        "日期 {0} 比今天（{1}）晚一年以上；请检查年份");

    public static readonly Msg<Message> PastedIndent = new(
        "the paragraph starts with {0}, an indent pasted from Word or WeChat; removed, because paragraphs are indented by the layout",
        "段落以{0}开头，这是从 Word 或微信粘贴带来的缩进；已去掉，因为段落缩进由版式处理");

    public static readonly Msg<Message> PastedIndentOneMore = new(
        "the paragraph starts with {0}, an indent pasted from Word or WeChat; removed, because paragraphs are indented by the layout (1 more line in this file likewise)",
        "段落以{0}开头，这是从 Word 或微信粘贴带来的缩进；已去掉，因为段落缩进由版式处理（本文件另有 1 行同样处理）");

    public static readonly Msg<Message, int> PastedIndentMore = new(
        "the paragraph starts with {0}, an indent pasted from Word or WeChat; removed, because paragraphs are indented by the layout ({1} more lines in this file likewise)",
        "段落以{0}开头，这是从 Word 或微信粘贴带来的缩进；已去掉，因为段落缩进由版式处理（本文件另有 {1} 行同样处理）");
    public static readonly Msg<int, Message> SpaceCount = new("{0} × {1}", " {0} 个{1}");
    public static readonly Msg IndentedProse = new(
        "this text is indented by four or more spaces, so Markdown shows it as code (monospace, not wrapped); if the spaces were pasted from Word or WeChat remove them, if it is code fence it with ```",
        "此段文字缩进了四个或更多空格，Markdown 会把它当作代码显示（等宽字体、不换行）；如空格是从 Word 或微信粘贴带来的，请删除；如确是代码，请用 ``` 围起来");

    public static readonly Msg NoBodyText = new(
        "the report has no text after its front matter, so it would be published as an empty page, PDF and EPUB",
        "报告在前言字段之后没有正文，发布出来将是空白的网页、PDF 和 EPUB");

    public static readonly Msg OnlyHeadings = new(
        "the report has headings but no text under any of them, so it would be published as a contents list alone",
        "报告只有标题，标题下都没有正文，发布出来将只有一份目录");

    public static readonly Msg SpaceFullWidth = new("full-width space (U+3000)", "全角空格（U+3000）");
    public static readonly Msg SpaceNoBreak = new("no-break space (U+00A0)", "不换行空格（U+00A0）");
    public static readonly Msg SpacePlain = new("space", "空格");
    public static readonly Msg SpaceTab = new("tab", "制表符");
    public static readonly Msg<string> SpaceOther = new("space U+{0}", "空白字符 U+{0}");

    /// <summary>Joins two worded names: "tab and space".</summary>
    public static readonly Msg<Message, Message> AndMessage = new("{0} and {1}", "{0}和{1}");

    public static readonly Msg<string, string> MarkdownNotRead = new(
        "'{0}' looks like a report but is not read: only files ending in '.md' are; rename it to '{1}' to publish it",
        "“{0}”像是报告，但不会被读取：只读取以“.md”结尾的文件；如需发布，请改名为“{1}”");
}
