namespace SiteGen.Diagnostics;

/// <summary>
/// Why an SVG cannot be drawn in the PDF editions (the browser shows it; the PDF's own drawing reader takes less).
/// Each is the reason inside <see cref="SvgNotDrawable"/>.
/// </summary>
public static partial class Messages
{
    public static readonly Msg SvgStyleSheetNotApplied = new(
        "the drawing has a <style> sheet, which the PDF editions do not apply; set the colours as attributes (fill=\"…\") or in style=\"…\" on the elements",
        "图形中有 <style> 样式表，PDF 版式不会应用；请在各元素上用属性（fill=\"…\"）或 style=\"…\" 设置颜色");

    public static readonly Msg<string, string> SvgEffectNotDrawn = new(
        "<{0}> uses {1}, which the PDF editions do not draw; remove it or flatten the drawing",
        "<{0}> 使用了 {1}，PDF 版式不绘制此效果；请删除，或将图形拼合");

    public static readonly Msg<string, string> SvgTransformUnreadable = new(
        "<{0}> has a transform SiteGen cannot read: '{1}'",
        "<{0}> 的 transform 无法被 SiteGen 读取：“{1}”");

    public static readonly Msg<string> SvgPointsUnreadable = new(
        "<{0}> has points SiteGen cannot read",
        "<{0}> 的 points 无法被 SiteGen 读取");

    public static readonly Msg<string> SvgElementNotDrawn = new(
        "the drawing uses <{0}>, which the PDF editions do not draw (they take shapes, paths, text and groups); flatten it in the drawing program or export the chart as PNG",
        "图形使用了 <{0}>，PDF 版式不绘制此元素（只绘制形状、路径、文字和编组）；请在绘图软件中拼合，或将图表导出为 PNG");

    public static readonly Msg<string> SvgTextChildNotDrawn = new(
        "<{0}> inside <text> is not drawn in the PDF editions",
        "<text> 中的 <{0}> 不会在 PDF 版式中绘制");

    /// <summary>An element and what is wrong with it: "&lt;path&gt;: path data …", "&lt;rect&gt; has the colour …".</summary>
    public static readonly Msg<string, Message> SvgPathProblem = new("<{0}>: {1}", "<{0}>：{1}");

    public static readonly Msg<string, Message> SvgPaintProblem = new("<{0}> {1}", "<{0}> {1}");

    public static readonly Msg<int> SvgPathNumberForCommand = new(
        "path data has a number where a command letter belongs (at character {0})",
        "路径数据在应为命令字母处出现了数字（第 {0} 个字符）");

    public static readonly Msg<string> SvgPathUnknownCommand = new(
        "path data has the unknown command '{0}'",
        "路径数据中有未知命令“{0}”");

    public static readonly Msg<int> SvgPathMalformed = new(
        "path data is malformed near character {0}",
        "路径数据在第 {0} 个字符附近格式有误");

    public static readonly Msg<string> SvgPaintGradient = new(
        "paints with {0}, a gradient or pattern, which the PDF editions do not draw; use a plain colour",
        "以 {0} 着色，即渐变或图案，PDF 版式不绘制；请改用纯色");

    public static readonly Msg<string> SvgPaintColour = new(
        "has the colour '{0}', which is not one SiteGen reads (#rgb, #rrggbb, rgb(), or a CSS colour name)",
        "的颜色“{0}”无法被 SiteGen 读取（可用 #rgb、#rrggbb、rgb() 或 CSS 颜色名）");
}
