namespace SiteGen.Diagnostics;

/// <summary>Word import: the parts of a document a report cannot carry as they are, each left out or simplified by name.</summary>
public static partial class Messages
{
    public static readonly Msg<string> ImportFieldLeftOut = new(
        "a Word field ({0}) is left out: SiteGen makes its own contents and page numbers",
        "Word 域（{0}）已略去：SiteGen 自行生成目录和页码");

    public static readonly Msg<string> ImportFieldAsText = new(
        "a Word field ({0}) is kept as the text Word last showed for it, and will not update",
        "Word 域（{0}）按 Word 最后显示的文字保留，今后不会更新");

    public static readonly Msg ImportTocLeftOut = new(
        "a table of contents (Word field TOC) is left out: SiteGen makes the report's own contents from its headings",
        "目录（Word 域 TOC）已略去：SiteGen 根据报告的标题自行生成目录");

    public static readonly Msg<string> ImportPageNumberLeftOut = new(
        "a page number (Word field {0}) is left out: a web page has no pages, and each PDF edition numbers its own",
        "页码（Word 域 {0}）已略去：网页没有页码，各 PDF 版式自行编排页码");

    public static readonly Msg<string> ImportEmptyField = new(
        "a Word field with nothing shown ({0}) is left out",
        "不显示任何内容的 Word 域（{0}）已略去");

    public static readonly Msg<string, string> ImportElementLeftOut = new(
        "a Word element <{0}> with text “{1}” is left out",
        "含文字“{1}”的 Word 元素 <{0}> 已略去");

    public static readonly Msg<string, string> ImportPictureType = new(
        "the picture {0} is {1}, which neither the web page nor the PDF editions can show; save it from Word as PNG or JPEG under the same name",
        "图片 {0} 为 {1} 格式，网页和 PDF 版式都无法显示；请从 Word 中另存为同名的 PNG 或 JPEG");

    public static readonly Msg<string> ImportPictureWithoutAlt = new(
        "the picture {0} has no alt text, so a reader who cannot see it learns nothing; in Word: right-click it, Edit Alt Text (or write it in report.md)",
        "图片 {0} 没有替代文字，看不到图片的读者将无从得知其内容；在 Word 中：右键单击图片，选择“编辑替换文字”（或在 report.md 中填写）");

    public static readonly Msg ImportPictureMissing = new(
        "a picture whose image is missing from the document is left out",
        "文档中缺少图像数据的图片已略去");

    public static readonly Msg ImportLinkedPicture = new(
        "a linked picture (kept outside the document, not inside it) is left out: insert the picture itself into the document",
        "链接的图片（存放在文档之外，未嵌入文档）已略去：请将图片本身插入文档");

    public static readonly Msg ImportChartLeftOut = new(
        "a chart is left out: the report can carry it as a picture (in Word: copy it, Paste Special, Picture (PNG)) with alt text",
        "图表已略去：报告可将其作为图片收入（在 Word 中：复制，选择性粘贴，图片（PNG）），并配替代文字");

    public static readonly Msg ImportSmartArtLeftOut = new(
        "a SmartArt graphic is left out: the report can carry it as a picture (in Word: copy it, Paste Special, Picture (PNG)) with alt text",
        "SmartArt 图形已略去：报告可将其作为图片收入（在 Word 中：复制，选择性粘贴，图片（PNG）），并配替代文字");

    public static readonly Msg ImportShapeLeftOut = new(
        "a drawn shape (lines, arrows, a shape without text) is left out: paste it as a picture if the report needs it",
        "绘制的形状（线条、箭头、无文字的图形）已略去：如报告需要，请粘贴为图片");

    public static readonly Msg ImportTextBox = new(
        "a text box's text is carried as ordinary paragraphs after the paragraph it is anchored in; check that it reads well there",
        "文本框中的文字已作为普通段落放在其锚定段落之后；请检查是否通顺");

    public static readonly Msg ImportNestedTable = new(
        "a table inside a table cell is carried as the cell's text, row after row",
        "单元格内嵌套的表格已逐行转为该单元格的文字");

    public static readonly Msg ImportMergedCells = new(
        "a table's merged cells are split: the text stands in the first of the merged cells and the others are empty; check that the table still reads right",
        "表格中的合并单元格已拆分：文字放在合并区域的第一个单元格，其余为空；请检查表格是否仍然通顺");

    public static readonly Msg ImportNoHeaderRow = new(
        "a table has no header row marked, so its first row is taken as the header; in Word mark it with Table Properties, Row, “Repeat as header row at the top of each page”",
        "表格没有标记标题行，已将第一行作为标题行；在 Word 中可通过“表格属性 → 行 → 在各页顶端以标题行形式重复出现”标记");

    public static readonly Msg<int> ImportHeaderRows = new(
        "a table has {0} header rows; a report's table has one, so the rows after the first are ordinary rows",
        "表格有 {0} 个标题行；报告中的表格只有一个标题行，第一行之后的均作为普通行");

    public static readonly Msg ImportTrackedInsertion = new(
        "tracked changes are taken as accepted: inserted text is kept as ordinary text",
        "修订按已接受处理：插入的文字作为普通文字保留");

    public static readonly Msg<string> ImportTrackedDeletion = new(
        "text deleted with tracked changes (“{0}”) is left out, as accepting the change would",
        "修订中删除的文字（“{0}”）已略去，与接受修订的结果相同");

    public static readonly Msg<string> ImportEquation = new(
        "an equation is carried as plain text (“{0}”): a report has no equations; check it, or put a picture of it instead",
        "公式已转为纯文本（“{0}”）：报告不支持公式；请核对，或改用公式的图片");

    public static readonly Msg ImportEmbeddedObject = new(
        "an embedded object (an OLE object such as an old equation, a spreadsheet or a chart) is left out: paste it as a picture instead",
        "嵌入对象（OLE 对象，如旧式公式、电子表格或图表）已略去：请改为粘贴图片");

    public static readonly Msg<string, string> ImportSymbol = new(
        "a symbol from the font {0} (character {1}) is left out: type the character itself instead",
        "字体 {0} 中的符号（字符 {1}）已略去：请直接输入该字符");

    public static readonly Msg<string> ImportRuby = new(
        "ruby (phonetic guide) text “{0}” above the text is left out",
        "文字上方的拼音指南（注音）“{0}”已略去");

    public static readonly Msg ImportPrintDate = new(
        "a date Word fills in when it prints is left out",
        "Word 打印时自动填入的日期已略去");

    public static readonly Msg<long> ImportMissingFootnote = new(
        "a reference to footnote {0}, which the document does not hold, is left out",
        "对脚注 {0} 的引用已略去：文档中没有该脚注");

    public static readonly Msg<long> ImportMissingEndnote = new(
        "a reference to endnote {0}, which the document does not hold, is left out",
        "对尾注 {0} 的引用已略去：文档中没有该尾注");

    public static readonly Msg ImportComment = new("a comment is left out", "批注已略去");

    public static readonly Msg<string> ImportCommentText = new("a comment is left out: “{0}”", "批注已略去：“{0}”");

    public static readonly Msg<string, string> ImportCommentBy = new(
        "a comment by {0} is left out: “{1}”",
        "{0}的批注已略去：“{1}”");
}
