namespace SiteGen.Diagnostics;

/// <summary>Images a report shows: where they are, what they are, whether every format can carry them.</summary>
public static partial class Messages
{
    public static readonly Msg<string> ImageWithoutAlt = new(
        "image '{0}' has no alt text; screen-reader users will not know what it shows: write ![what it shows]({0})",
        "图片“{0}”没有替代文字，读屏软件用户将无从得知图片内容：请写作 ![图片内容]({0})");

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

    /// <summary>How <see cref="SymlinkLoop"/> and its kin name a file found in the input folder: "'a.md'".</summary>
    public static readonly Msg<string> FileNamed = new("'{0}'", "“{0}”");

    public static readonly Msg<string, int, int, int> ImageTooLarge = new(
        "image '{0}' is {1} x {2} pixels, more than the {3} megapixels SiteGen decodes; scale it down (e.g. to 4000 pixels wide)",
        "图片“{0}”为 {1} × {2} 像素，超过 SiteGen 可解码的 {3} 百万像素；请缩小图片（如宽 4000 像素）");

    public static readonly Msg<string, string> ImageDamaged = new(
        "image '{0}' is damaged: {1}; export or download it again",
        "图片“{0}”已损坏：{1}；请重新导出或下载");

    public static readonly Msg<string, string> ImageTypeNotInPdf = new(
        "image '{0}' is {1}; the PDF editions set PNG and JPEG only, so convert it (or build without pdf: --formats html,epub)",
        "图片“{0}”为 {1} 格式；PDF 版式只能排入 PNG 和 JPEG，请转换格式（或不生成 PDF：--formats html,epub）");

    public static readonly Msg<string, string> ImageTypeNotInEpub = new(
        "image '{0}' is {1}, not JPEG, PNG, GIF or SVG, so the EPUB shows its alt text instead; convert it to include it",
        "图片“{0}”为 {1} 格式，不是 JPEG、PNG、GIF 或 SVG，EPUB 中将以替代文字代替；如需收入，请转换格式");

    public static readonly Msg SvgCompressed = new(
        "a compressed SVG (.svgz) cannot be checked before it is published; save it as a plain .svg",
        "压缩的 SVG（.svgz）无法在发布前检查；请另存为普通 .svg");

    public static readonly Msg<string> SvgRefused = new(
        "this SVG is not published: {0}",
        "此 SVG 不予发布：{0}");

    public static readonly Msg<string> ImageUnreadable = new(
        "this image could not be read to check it: {0}",
        "无法读取此图片进行检查：{0}");

    public static readonly Msg ImageUnreadableDenied = new(
        "this image could not be read to check it (permission denied)",
        "无法读取此图片进行检查（没有权限）");
}
