namespace SiteGen.Diagnostics;

/// <summary>The PDF editions: their settings files and what the typesetter meets while setting a report.</summary>
public static partial class Messages
{
    public static readonly Msg<string> EditionFileMissing = new(
        "edition settings '{0}.yml' not found under templates/editions",
        "在 templates/editions 下找不到版式设置“{0}.yml”");

    public static readonly Msg<string> EditionFileNotYaml = new(
        "{0}",
        "版式设置有误：{0}");

    public static readonly Msg<string, string> EditionFontUnknown = new(
        "'{0}' names the font family '{1}', which no installed font has (fc-match); check its spelling or install it",
        "“{0}”指定的字体族“{1}”在已安装的字体中找不到（fc-match）；请检查拼写或安装该字体");

    public static readonly Msg EditionNameMissing = new("'name' is required", "缺少“name”");
    public static readonly Msg EditionNoWidth = new(
        "the margins leave no room for text across the page", "页边距过大，页面横向已无排文空间");
    public static readonly Msg EditionNoHeight = new(
        "the margins leave no room for text down the page", "页边距过大，页面纵向已无排文空间");
    public static readonly Msg EditionNoFonts = new(
        "'body-fonts' and 'heading-fonts' each need at least one family", "“body-fonts”和“heading-fonts”各需至少一个字体族");
    public static readonly Msg EditionHeadingSizes = new(
        "'heading-sizes' needs six sizes, one per heading level", "“heading-sizes”需要六个字号，每级标题一个");
    public static readonly Msg EditionBodyTooSmall = new(
        "'body-size' below 6 pt is unreadable", "“body-size”小于 6 pt，无法阅读");
    public static readonly Msg EditionRunningHead = new(
        "'running-head' is none, title or title-and-section", "“running-head”应为 none、title 或 title-and-section");
    public static readonly Msg EditionLevel1Start = new(
        "'level1-start' is continue, new-page or right-page", "“level1-start”应为 continue、new-page 或 right-page");
    public static readonly Msg<string> EditionPageReference = new(
        "'page-references' for '{0}' needs '{{page}}' where the number goes", "“{0}”的“page-references”需要在页码处写上“{{page}}”");
    public static readonly Msg EditionPageNumbers = new(
        "'page-numbers' is none, centre or outer", "“page-numbers”应为 none、centre 或 outer");
    public static readonly Msg EditionPunctuation = new(
        "'punctuation' is full-width or compressed", "“punctuation”应为 full-width 或 compressed");
    public static readonly Msg EditionGapStretch = new(
        "'max-gap-stretch-em' is between 0 and 1", "“max-gap-stretch-em”应在 0 到 1 之间");
    public static readonly Msg EditionHeadingSpace = new(
        "'heading-space-before' and 'heading-space-after' are not negative", "“heading-space-before”和“heading-space-after”不能为负数");
    public static readonly Msg EditionLeaderStep = new(
        "'leader-step-em' is above 0", "“leader-step-em”应大于 0");
    public static readonly Msg EditionMinPpi = new(
        "'min-image-ppi' is not negative", "“min-image-ppi”不能为负数");
    public static readonly Msg<string> EditionSizeTooSmall = new(
        "'{0}' below 4 pt is unreadable", "“{0}”小于 4 pt，无法阅读");
    public static readonly Msg<string, string, string> EditionOutOfRange = new(
        "'{0}' lies between {1} and {2}", "“{0}”应在 {1} 到 {2} 之间");
    public static readonly Msg<string, string> EditionNoItalic = new(
        "'{0}' names the font family '{1}', which has no italic face installed; Latin emphasis would lose its slant", "“{0}”指定的字体族“{1}”没有已安装的斜体；西文强调将失去斜体");

    public static readonly Msg<string, string> GlyphMissing = new(
        "No configured font has the character '{0}' (U+{1}); add a font that covers it or replace the character.",
        "已配置的字体中没有字符“{0}”（U+{1}）；请添加包含该字符的字体，或替换该字符。");

    public static readonly Msg<string, string> ComplexScript = new(
        "'{0}' (U+{1}) is in a script the PDF editions cannot set yet: written right to left, or with letters that join and reorder; they would print it backwards or broken. The web page and the EPUB show it as written. Remove or transliterate it, or build without PDFs (--formats html,epub,bundle).",
        "字符“{0}”（U+{1}）所属的文字 PDF 版尚不能排印：它从右向左书写，或字母需要连写、重排，排出来会倒序或断开。网页版和 EPUB 能正常显示。请删去或改用转写，或不生成 PDF（--formats html,epub,bundle）。");

    public static readonly Msg RowTallerThanPage = new(
        "A table row is taller than the page's text area and cannot be split.",
        "表格中有一行高于页面的版心，且无法拆分。");

    public static readonly Msg<string> FigureImageUnreadable = new(
        "The figure's image '{0}' cannot be read.",
        "无法读取插图的图片“{0}”。");

    public static readonly Msg FigureImageNotPngOrJpeg = new(
        "The figure's image is neither PNG nor JPEG.",
        "插图的图片既不是 PNG 也不是 JPEG。");

    public static readonly Msg<string, string, string> FigureImageTooLarge = new(
        "The figure's image is {0} x {1} pixels, more than {2} megapixels.",
        "插图的图片为 {0} × {1} 像素，超过 {2} 百万像素。");

    public static readonly Msg<string> LineOverflows = new(
        "\"{0}…\" is wider than the line and overflows the margin.",
        "“{0}…”比行宽还宽，超出了页边。");

    public static readonly Msg<string, string> TableTooWide = new(
        "A table of {0} columns does not fit the line even at {1} pt: its narrowest cells break inside words. Split the table or give it fewer columns.",
        "这张表格有 {0} 列，缩小到 {1} pt 仍排不下：最窄的单元格会在词中折行。请拆分表格或减少列数。");

    public static readonly Msg<string> WordCut = new(
        "\"{0}…\" is longer than the line and was broken inside the word, without a hyphen.",
        "“{0}…”比行宽还长，已在词中断行（未加连字符）。");

    public static readonly Msg<string, string, string, string> PageReferenceUnsettled = new(
        "The page reference to '#{0}' says page {1} but its target is on page {2}: the numbers did not settle in {3} passes.",
        "指向“#{0}”的页码引用写的是第 {1} 页，但目标在第 {2} 页：排版 {3} 遍后页码仍未稳定。");

    public static readonly Msg<string, string, string, string, string, string> CoarseImage = new(
        "The figure's image is {0}×{1} px and set {2} mm wide: {3} ppi, under the {4} ppi this edition needs; supply an image of at least {5} px across.",
        "插图的图片为 {0}×{1} 像素，排成 {2} 毫米宽，仅 {3} ppi，低于此版式要求的 {4} ppi；请提供宽度至少 {5} 像素的图片。");
}
