namespace SiteGen.Diagnostics;

/// <summary>Images a report shows: where they are, what they are, whether every format can carry them.</summary>
public static partial class Messages
{
    public static readonly Msg<string> ImageWithoutAlt = new(
        "image '{0}' has no alt text, so a screen-reader user would not know what it shows: write ![what it shows]({0}), or ![]({0}){{.decorative}} if it carries no information",
        "图片“{0}”没有替代文字，读屏软件用户将无从得知图片内容：请写作 ![图片内容]({0})；如图片不含信息，请写作 ![]({0}){{.decorative}}");

    public static readonly Msg<string> DecorativeImageWithAlt = new(
        "image '{0}' is marked {{.decorative}} but has alt text, which no format would show; remove the alt text or the {{.decorative}} mark",
        "图片“{0}”标为 {{.decorative}}（装饰性），却有替代文字，任何格式都不会显示；请删除替代文字或 {{.decorative}} 标记");

    public static readonly Msg<string> ImageNotRelative = new(
        "image '{0}' must be a file next to the report (a relative path), so the archive can keep a copy",
        "图片“{0}”应是报告旁边的文件（相对路径），以便存档保留副本");

    public static readonly Msg<string, string> ImageNotFound = new(
        "image file '{0}' was not found (looked for {1} in the input folder)",
        "找不到图片文件“{0}”（已在输入文件夹中查找 {1}）");

    public static readonly Msg<string> ImageHidden = new(
        "image '{0}' is in a hidden file or folder (a name starting with '.'), which SiteGen never publishes; move it out of there",
        "图片“{0}”位于隐藏的文件或文件夹中（名称以“.”开头），SiteGen 从不发布此类文件；请将其移出");

    /// <summary>How <see cref="SymlinkLoop"/> and its kin name an image: "image 'a.png'".</summary>
    public static readonly Msg<string> ImageNamed = new("image '{0}'", "图片“{0}”");

    /// <summary>How <see cref="SymlinkLoop"/> and its kin name an attachment: "the attachment 'a.pdf'".</summary>
    public static readonly Msg<string> AttachmentNamed = new("the attachment '{0}'", "附件“{0}”");

    /// <summary>How <see cref="SymlinkLoop"/> and its kin name a file found in the input folder: "'a.md'".</summary>
    public static readonly Msg<string> FileNamed = new("'{0}'", "“{0}”");

    public static readonly Msg<string, int, int, int> ImageTooLarge = new(
        "image '{0}' is {1} x {2} pixels, more than the {3} megapixels SiteGen decodes; scale it down (e.g. to 4000 pixels wide)",
        "图片“{0}”为 {1} × {2} 像素，超过 SiteGen 可解码的 {3} 百万像素；请缩小图片（如宽 4000 像素）");

    public static readonly Msg<string, Message> ImageDamaged = new(
        "image '{0}' is damaged: {1}; export or download it again",
        "图片“{0}”已损坏：{1}；请重新导出或下载");

    public static readonly Msg<string, string> ImageTypeNotInPdf = new(
        "image '{0}' is {1}; the PDF editions set PNG, JPEG and SVG only, so convert it (or build without pdf: --formats html,epub)",
        "图片“{0}”为 {1} 格式；PDF 版式只能排入 PNG、JPEG 和 SVG，请转换格式（或不生成 PDF：--formats html,epub）");

    public static readonly Msg<string, string> ImageTypeNotInEpub = new(
        "image '{0}' is {1}, not JPEG, PNG, GIF or SVG, so the EPUB shows its alt text instead; convert it to include it",
        "图片“{0}”为 {1} 格式，不是 JPEG、PNG、GIF 或 SVG，EPUB 中将以替代文字代替；如需收入，请转换格式");

    public static readonly Msg<string> DamageUnreadable = new("it could not be read ({0})", "无法读取（{0}）");
    public static readonly Msg DamageNoSize = new("its header has no valid size", "文件头中没有有效的尺寸");
    public static readonly Msg DamageNoFrame = new(
        "it has no frame header (the file may be cut short)", "没有帧头（文件可能不完整）");
    public static readonly Msg DamageShortIhdr = new("its IHDR chunk is too short", "IHDR 块过短");
    public static readonly Msg DamageNoInflate = new("its image data does not inflate", "图像数据无法解压");
    public static readonly Msg DamageNoIend = new(
        "it ends before its IEND chunk (the file is cut short)", "文件在 IEND 块之前就结束了（文件不完整）");
    public static readonly Msg DamageChunkPastEnd = new(
        "a chunk runs past the end of the file (the file is cut short)", "有数据块超出了文件末尾（文件不完整）");
    public static readonly Msg<string> DamageChecksum = new("the checksum of its {0} chunk is wrong", "{0} 块的校验和不对");
    public static readonly Msg DamageNoIhdr = new("it does not start with IHDR", "文件不以 IHDR 块开头");
    public static readonly Msg DamageNoIdat = new("it has no image data (IDAT)", "没有图像数据（IDAT）");
    public static readonly Msg<int> DamageColourType = new("its colour type {0} is not one PNG defines", "颜色类型 {0} 不是 PNG 定义的类型");
    public static readonly Msg DamageDataShort = new("its image data is cut short", "图像数据不完整");
    public static readonly Msg DamageNoEoi = new(
        "it has no end-of-image marker (the file is cut short)", "没有图像结束标记（文件不完整）");

    /// <summary>{0} is the drawing reader's reason (Messages.SvgDrawing.cs), worded in the same language.</summary>
    public static readonly Msg<Message> SvgNotDrawable = new(
        "this SVG cannot be drawn in the PDF editions: {0} (or build without pdf: --formats html,epub)",
        "此 SVG 无法在 PDF 版式中绘制：{0}（或不生成 PDF：--formats html,epub）");

    public static readonly Msg SvgCompressed = new(
        "a compressed SVG (.svgz) cannot be checked before it is published; save it as a plain .svg",
        "压缩的 SVG（.svgz）无法在发布前检查；请另存为普通 .svg");

    public static readonly Msg<Message> SvgRefused = new(
        "this SVG is not published: {0}",
        "此 SVG 不予发布：{0}");

    public static readonly Msg<Message> SvgStyleSheet = new("the <style> sheet {0}", "<style> 样式表{0}");

    public static readonly Msg<string> SvgProcessingInstruction = new(
        "the processing instruction <?{0} …?> can load an outside style sheet; remove it",
        "处理指令 <?{0} …?> 可能加载外部样式表；请删除");

    public static readonly Msg SvgDtd = new(
        "it has a DTD (<!DOCTYPE …>), which SiteGen never reads, because entities in it can read other files or blow up in size; remove the DOCTYPE",
        "其中有 DTD（<!DOCTYPE …>），SiteGen 从不读取 DTD，因为其中的实体可能读取其他文件或急剧膨胀；请删除 DOCTYPE");

    public static readonly Msg<string> SvgNotWellFormed = new(
        "it is not well-formed XML ({0}); save it again from the drawing program",
        "不是格式正确的 XML（{0}）；请用绘图软件重新保存");

    public static readonly Msg<string, string> SvgRoot = new(
        "its root element is <{0}>, not <svg> in the SVG namespace (xmlns=\"{1}\")",
        "根元素是 <{0}>，而不是 SVG 命名空间中的 <svg>（xmlns=\"{1}\"）");

    public static readonly Msg<string> SvgElement = new(
        "the element <{0}> is not allowed in a published SVG (script, foreignObject, animation and non-SVG elements can run code or load content); remove it",
        "发布的 SVG 中不允许使用元素 <{0}>（script、foreignObject、动画和非 SVG 元素可能运行代码或加载内容）；请删除");

    public static readonly Msg<string, string, string, Message> SvgAttribute = new(
        "the attribute {0}=\"{1}\" on <{2}> {3}",
        "<{2}> 上的属性 {0}=\"{1}\"{3}");

    public static readonly Msg SvgAttributeNotAllowed = new(
        "is not allowed in a published SVG (event handlers and unknown attributes can run code); remove it",
        "不允许出现在发布的 SVG 中（事件处理和未知属性可能运行代码）；请删除");

    public static readonly Msg SvgReferenceOutside = new(
        "points outside the drawing; only references to its own parts (#id) and, on <image>, embedded PNG, JPEG or GIF data are allowed",
        "指向图形之外；只允许引用图形自身的部分（#id），以及在 <image> 上嵌入的 PNG、JPEG 或 GIF 数据");

    public static readonly Msg SvgCssEscape = new(
        "contains a CSS escape (\\), which can hide a name from this check; write it plainly",
        "含有 CSS 转义（\\），可能使名称逃过检查；请直接写出");

    public static readonly Msg SvgCssScript = new("contains a script; remove it", "含有脚本；请删除");

    public static readonly Msg SvgCssOutside = new(
        "loads something from outside the drawing; only url(#id) is allowed",
        "从图形之外加载内容；只允许 url(#id)");

    public static readonly Msg<string> ImageUnreadable = new(
        "this image could not be read to check it: {0}",
        "无法读取此图片进行检查：{0}");

    public static readonly Msg ImageUnreadableDenied = new(
        "this image could not be read to check it (permission denied)",
        "无法读取此图片进行检查（没有权限）");
}
