namespace SiteGen.Cli.New;

/// <summary>
/// The words of a new report and site, in the report's language: every front-matter key with a one-line
/// explanation (the optional ones commented out), and a body showing a section, a figure, a table and a
/// footnote, written as real if plain text so that a build of it gives no warning.
/// </summary>
internal sealed record StarterText(
    string Title, string Slug, string Subtitle, string Kicker, string Organization, string Author, string Byline,
    string Description, string Keywords, string Heading, string Paragraph, string Alt, string Credit, string Caption,
    string TableHead, string TableRows, string Footnote, string SiteTitle, string BaseUrl, string Publisher)
{
    public static StarterText For(string lang) => lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    private static readonly StarterText Chinese = new(
        Title: "新的报告",
        Slug: "网址里的名字（小写字母、数字、连字符）；不写则用文件夹名",
        Subtitle: "副标题，印在标题下方",
        Kicker: "眉题，印在标题上方",
        Organization: "发布机构",
        Author: "作者",
        Byline: "署名，照原样印出，例如“记者 任雷”；不写则用作者",
        Description: "一句话摘要，用于搜索结果和订阅源",
        Keywords: "关键词，列表或用逗号分隔",
        Heading: "概述",
        Paragraph: "本报告的正文从这里开始。每一段之间空一行，标题用“##”开头[^1]。",
        Alt: "示意图：一块浅灰色的空白画面",
        Credit: "编辑部 供图",
        Caption: "图一 换成报告自己的照片和图片说明。",
        TableHead: "| 项目 | 数量 |\n| --- | ---: |",
        TableRows: "| 提案 | 12 |\n| 调研 | 3 |",
        Footnote: "脚注说明数据来源，写在报告末尾。",
        SiteTitle: "报告档案",
        BaseUrl: "必填：网站发布的真实地址，如 https://www.example.gov.cn/reports/ ；订阅源、站点地图和标识符都由它生成，发布后不能再改。填写前只能用 sitegen serve 或 sitegen build --preview 预览",
        Publisher: "发布单位");

    private static readonly StarterText English = new(
        Title: "A new report",
        Slug: "the name in the web address (lower-case letters, digits, hyphens); the folder's name if left out",
        Subtitle: "printed under the title",
        Kicker: "printed above the title",
        Organization: "who publishes the report",
        Author: "who wrote it",
        Byline: "printed as written, e.g. \"By Jane Doe\"; the author if left out",
        Description: "one sentence for search results and the feed",
        Keywords: "a list, or words separated by commas",
        Heading: "Overview",
        Paragraph: "The report's text starts here. Leave an empty line between paragraphs and start headings with \"##\"[^1].",
        Alt: "A placeholder: a plain light grey picture",
        Credit: "Photo: the editors",
        Caption: "Figure 1. Put the report's own photo and caption here.",
        TableHead: "| Item | Count |\n| --- | ---: |",
        TableRows: "| Proposals | 12 |\n| Visits | 3 |",
        Footnote: "A footnote gives a source; footnotes are written at the end of the report.",
        SiteTitle: "Report archive",
        BaseUrl: "required: the real address the site is published at, e.g. https://www.example.gov.cn/reports/; the feed, the sitemap and identifiers are made from it and never change after publication. Until it is set, look with sitegen serve or sitegen build --preview",
        Publisher: "who publishes the archive");
}
