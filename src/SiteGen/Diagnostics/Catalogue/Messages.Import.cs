namespace SiteGen.Diagnostics;

/// <summary>
/// Word import (`sitegen import`): what a .docx could not be read as, what was guessed, and what the report could
/// not carry. Terms: Word 域 (field), 修订 (tracked changes), 批注 (comment), 文本框 (text box), 已略去 (left out).
/// </summary>
public static partial class Messages
{
    /// <summary>Where in the document: the message, then its place (<see cref="ImportParagraph"/> and kin).</summary>
    public static readonly Msg<Message, Message> ImportAt = new("{0} ({1})", "{0}（{1}）");

    public static readonly Msg<int> ImportParagraph = new("paragraph {0}", "第 {0} 段");
    public static readonly Msg<int, string> ImportParagraphOpening = new("paragraph {0} “{1}”", "第 {0} 段“{1}”");
    public static readonly Msg<int, string> ImportParagraphUnder = new("paragraph {0}, under “{1}”", "第 {0} 段，在“{1}”下");

    public static readonly Msg<int, string, string> ImportParagraphOpeningUnder = new(
        "paragraph {0} “{1}”, under “{2}”",
        "第 {0} 段“{1}”，在“{2}”下");

    public static readonly Msg<Message, int> ImportAtTable = new(
        "{0} (the table at paragraph {1})",
        "{0}（第 {1} 段处的表格）");

    public static readonly Msg<string> ImportUnreadable = new("cannot read the file: {0}", "无法读取文件：{0}");

    public static readonly Msg<Message> ImportRefused = new("not imported: {0}", "未导入：{0}");

    public static readonly Msg<string> ImportNotWord = new(
        "not imported: the file is not a Word document SiteGen can read ({0})",
        "未导入：该文件不是 SiteGen 能读取的 Word 文档（{0}）");

    public static readonly Msg ImportDtd = new(
        "not imported: a part of the file declares a DTD (<!DOCTYPE …>), which Word never writes; SiteGen never reads one, since its entities can expand without end or reach files on this computer",
        "未导入：文件中有部分声明了 DTD（<!DOCTYPE …>），Word 从不写入这种内容；SiteGen 一律不读取，因为其中的实体可能无限展开，或读取本机文件");

    public static readonly Msg<long> DocxTooLarge = new("the file is larger than {0} MiB", "文件大于 {0} MiB");

    public static readonly Msg<int> DocxTooManyParts = new("it holds more than {0} parts", "其中的部件超过 {0} 个");

    public static readonly Msg<string, long, long, long> DocxZipBomb = new(
        "its part {0} unpacks to more than the limits allow ({1} MiB a part, {2} GiB in all, {3}:1 compression): it looks like a zip bomb",
        "其部件 {0} 解压后超出限制（每个部件 {1} MiB，总计 {2} GiB，压缩比 {3}:1），疑似“压缩炸弹”");

    public static readonly Msg DocxOldFormat = new(
        "this is an old Word 97–2003 .doc file (or an encrypted document); open it in Word or WPS and save it as .docx (Word Document), without a password",
        "这是旧版 Word 97–2003 .doc 文件（或加密文档）；请在 Word 或 WPS 中打开，另存为 .docx（Word 文档），不设密码");

    public static readonly Msg DocxNotDocx = new(
        "the file is not a .docx (Word Document) file",
        "该文件不是 .docx（Word 文档）文件");

    public static readonly Msg<string> ImportTitleFromProperties = new(
        "the title “{0}” is taken from the document's properties (File, Info); no line of the document is set as its title",
        "标题“{0}”取自文档属性（文件 → 信息）；文档中没有设为标题的行");

    public static readonly Msg<string> ImportNoTitle = new(
        "no title found (no line in the Title style or centred at the top, and no title in the document's properties); the file's name “{0}” is used: change title: in report.md",
        "未找到标题（没有“标题”样式或顶部居中的行，文档属性中也没有标题）；已暂用文件名“{0}”：请修改 report.md 中的 title:");

    public static readonly Msg<string> ImportDateFromFile = new(
        "no date line found; the date {0} is when the file was created, which may not be the report's date: check date: in report.md",
        "未找到日期行；日期 {0} 是文件的创建日期，未必是报告日期：请核对 report.md 中的 date:");

    public static readonly Msg ImportNoDate = new(
        "no date found (no date line such as 2021年2月22日 at the top or the end, and none in the document's properties): write date: yyyy-mm-dd into report.md's front matter before building",
        "未找到日期（开头或结尾没有“2021年2月22日”这样的日期行，文档属性中也没有）：生成前请在 report.md 的前言字段中写入 date: yyyy-mm-dd");

    public static readonly Msg ImportNoOrganization = new(
        "no organisation found (no issuing body above the title or above the closing date, and no company in the document's properties): add organization: to report.md if the report has one",
        "未找到发文机关（标题上方和落款日期上方都没有，文档属性中也没有单位）：如报告有发文机关，请在 report.md 中添加 organization:");

    public static readonly Msg<string> ImportBookmarkLink = new(
        "a link to the bookmark “{0}”, which marks no heading, is left out and its words kept: a report links to its headings",
        "指向书签“{0}”的链接已略去，保留其文字：该书签不在任何标题上，而报告内部只能链接到标题");

    public static readonly Msg<string> ImportLinkScheme = new(
        "the link to “{0}” is left out and its words kept: a report links only to http, https and mailto addresses",
        "指向“{0}”的链接已略去，保留其文字：报告只能链接到 http、https 和 mailto 地址");
}
