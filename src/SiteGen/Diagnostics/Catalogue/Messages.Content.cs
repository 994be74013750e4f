namespace SiteGen.Diagnostics;

/// <summary>A report's body: headings, paragraphs, figures, footnotes, links, images and ids.</summary>
public static partial class Messages
{
    public static readonly Msg<string> UndefinedFootnote = new(
        "the footnote reference [^{0}] has no definition, so it would be printed as it is; add a line \"[^{0}]: the note's text\" below the paragraph, or write \\[^{0}] for literal text",
        "脚注引用 [^{0}] 没有对应的脚注内容，将按原样印出；请在段落下方加一行“[^{0}]: 脚注内容”，如需照原样显示请写作 \\[^{0}]");

    public static readonly Msg<string> UnreferencedFootnote = new(
        "the footnote [^{0}] is defined here but no text refers to it (or it is defined twice), so its note would be lost; add [^{0}] where it belongs, or delete the definition",
        "脚注 [^{0}] 在此处有内容，但正文没有引用它（或重复定义），脚注内容将丢失；请在相应位置加上 [^{0}]，或删除此定义");

    public static readonly Msg<string> IdOfThePage = new(
        "the id '#{0}' belongs to the page itself (its template uses it); choose another so links reach your text",
        "锚点“#{0}”已被页面本身（模板）使用；请另取一个，以便链接指向正文");

    public static readonly Msg<string> IdUsedTwice = new(
        "the id '#{0}' is used twice in this report; every anchor must be unique so links reach one place",
        "锚点“#{0}”在本报告中出现两次；每个锚点都必须唯一，链接才能指向确定的位置");

    public static readonly Msg<string> BrokenAnchor = new(
        "the link to '{0}' points at no heading, paragraph, figure, table or footnote in this report",
        "指向“{0}”的链接在本报告中找不到对应的标题、段落、插图、表格或脚注");

    public static readonly Msg<string> UnpairedEmphasis = new(
        "'{0}' will be printed as it is: an emphasis mark without its partner, so the words around it stay plain; add the missing '{0}', or put a backslash before each mark if the marks themselves are meant",
        "“{0}”会按原样印出：这个强调符号没有配对，前后文字不会加粗或强调；请补上配对的“{0}”；如确实要印出这些符号，请在每个符号前加反斜杠");

    public static readonly Msg<string> EmptyHeading = new(
        "this '{0}' heading has no text: a screen reader would announce a blank heading and the contents an empty entry; give it its words or delete the line",
        "此“{0}”标题没有文字：读屏软件会读出一个空标题，目录里也会多一个空条目；请补上标题文字，或删去这一行");

    public static readonly Msg<int, int, string> HeadingLevelJump = new(
        "heading level jumps from {0} to {1}; screen-reader users navigate by level, so use {2} here",
        "标题从第 {0} 级跳到第 {1} 级；读屏软件用户按级别浏览，此处请用 {2}");

    public static readonly Msg<string, Message, int> SplitParagraph = new(
        "the paragraph ending '{0}' stops mid-sentence and the next {1} (line {2}) interrupts it; if a page break or a caption split it, join the two",
        "以“{0}”结尾的段落在句中中断，被其后的{1}（第 {2} 行）隔开；如是分页或图题造成的断开，请将两部分合并");

    public static readonly Msg NextFigure = new("figure", "插图");

    public static readonly Msg NextParagraph = new("paragraph", "段落");

    public static readonly Msg<int> NestingTooDeep = new(
        "lists and quotes here are nested more than {0} levels deep, which no page can show; flatten the structure (use headings or separate lists)",
        "此处列表和引文嵌套超过 {0} 层，任何页面都无法显示；请减少层级（改用标题或拆成几个列表）");

    public static readonly Msg FigureWithoutImage = new(
        "this figure has a caption but no image; it is published as a caption only. Add ![alt](file) inside the ^^^ block when the photo is available",
        "此插图只有图题而没有图片，将只发布图题。有图片时，请在 ^^^ 图块内加上 ![替代文字](文件)");

    public static readonly Msg<Message, int> FigureContentLost = new(
        "{0} (figure opened on line {1})",
        "{0}（图块始于第 {1} 行）");

    public static readonly Msg<int> FigureSecondCaption = new(
        "a figure has one caption, and this one already has it on line {0}; join the two captions into one ^^^ line",
        "一个插图只有一个图题，此插图已在第 {0} 行有图题；请把两个图题合并到一行 ^^^ 中");

    public static readonly Msg<string> FigureCaptionUnderImage = new(
        "the caption belongs on the closing line, so this text would be lost: leave the image alone on its line and end the block with ^^^ {0}",
        "图题应写在结束行，否则这段文字会丢失：图片单独占一行，并以“^^^ {0}”结束图块");

    public static readonly Msg FigureSecondImage = new(
        "a figure holds one image, and this one already has it; give this image its own ^^^ block",
        "一个插图只放一张图片，此插图已有图片；请为这张图片另设一个 ^^^ 图块");

    public static readonly Msg<Message> FigureStrayBlock = new(
        "only one image and its caption may stand between the ^^^ lines, so this {0} would be lost; move it after the closing ^^^ line",
        "两行 ^^^ 之间只能放一张图片及其图题，此{0}将会丢失；请把它移到结束的 ^^^ 行之后");

    public static readonly Msg BlockHeading = new("heading", "标题");
    public static readonly Msg BlockParagraph = new("paragraph", "段落");
    public static readonly Msg BlockList = new("list", "列表");
    public static readonly Msg BlockQuote = new("quote", "引文");
    public static readonly Msg BlockFigure = new("figure block", "图块");
    public static readonly Msg BlockTable = new("table", "表格");
    public static readonly Msg BlockCode = new("code block", "代码块");
    public static readonly Msg BlockRule = new("horizontal rule", "分隔线");
    public static readonly Msg BlockHtml = new("HTML block", "HTML 块");
    public static readonly Msg BlockOther = new("block", "内容块");

    public static readonly Msg FigureUnclosed = new(
        "this ^^^ figure block is never closed, so everything after it would be lost; end it with a line ^^^ (followed by the caption, if any) right after the image",
        "此 ^^^ 图块没有结束，其后的全部内容将会丢失；请紧接图片加一行 ^^^（如有图题，写在 ^^^ 之后）");

    public static readonly Msg<string> RawHtmlBlock = new(
        "raw HTML block '{0}' is not allowed in a report and was dropped; write it in Markdown instead",
        "报告中不允许使用 HTML 块“{0}”，已被去掉；请改用 Markdown 书写");

    public static readonly Msg HtmlCommentRefused = new(
        "an HTML comment (<!-- … -->) is not shown in any format but would be archived in the bag's copy of the source; delete it and keep notes outside the report",
        "HTML 注释（<!-- … -->）在任何格式中都不显示，却会随源文件副本存入存档包；请删除，备注请写在报告之外");

    public static readonly Msg<string> RawHtmlInline = new(
        "raw HTML '{0}' is not allowed in a report and was dropped; write it in Markdown instead",
        "报告中不允许使用 HTML“{0}”，已被去掉；请改用 Markdown 书写");

    public static readonly Msg<string> UnsafeLink = new(
        "the link '{0}' uses a scheme that could run code or load outside content and was dropped; use http, https, mailto, a relative path or #anchor",
        "链接“{0}”使用的协议可能运行代码或加载外部内容，已被去掉；请使用 http、https、mailto、相对路径或 #锚点");
}
