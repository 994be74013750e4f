namespace SiteGen.Diagnostics;

/// <summary>Attachments a report links to, file names a bag can carry, and the bags earlier builds published (存档包).</summary>
public static partial class Messages
{
    public static readonly Msg<string> LinkOutsideInput = new(
        "the link to '{0}' leads outside the input folder, which SiteGen never reads; copy the file beside the report",
        "指向“{0}”的链接通向输入文件夹以外，SiteGen 不读取输入文件夹以外的文件；请把文件复制到报告旁边");

    public static readonly Msg<string> LinkToHidden = new(
        "the link to '{0}' leads into a hidden file or folder (a name starting with '.'), which SiteGen never publishes; move the file out of there",
        "指向“{0}”的链接通向隐藏的文件或文件夹（名称以“.”开头），SiteGen 从不发布此类文件；请将文件移出");

    public static readonly Msg<string, string> AttachmentNotFound = new(
        "the attachment '{0}' was not found (looked for {1} in the input folder); put the file beside the report or fix the link",
        "找不到附件“{0}”（已在输入文件夹中查找 {1}）；请把文件放在报告旁边，或改正链接");

    public static readonly Msg<string, string> AttachmentIsFolder = new(
        "the attachment '{0}' is a folder, not a file (looked for {1} in the input folder); put the file beside the report or fix the link",
        "附件“{0}”是文件夹，不是文件（已在输入文件夹中查找 {1}）；请把文件放在报告旁边，或改正链接");

    public static readonly Msg<string, string> AttachmentTypeRefused = new(
        "the attachment '{0}' is not a kind of file SiteGen publishes ({1}); a page, script or program could run on the site: convert it, e.g. to PDF",
        "附件“{0}”不是 SiteGen 发布的文件类型（{1}）；网页、脚本或程序可能在网站上运行：请转换格式，如转为 PDF");

    public static readonly Msg<string, long, long> AttachmentTooLarge = new(
        "the attachment '{0}' is {1} MiB, more than the {2} MiB SiteGen publishes beside a report; compress it or split it",
        "附件“{0}”大小为 {1} MiB，超过 SiteGen 随报告发布的上限 {2} MiB；请压缩或拆分");

    public static readonly Msg<string, string> AttachmentNameTaken = new(
        "the attachment '{0}' would be published as {1}, a name the build writes itself (the page, a PDF edition or the EPUB); rename the file and the link",
        "附件“{0}”将发布为 {1}，而这个名称由生成过程自身使用（网页、PDF 版式或 EPUB）；请重命名文件并修改链接");

    public static readonly Msg<Message> ReportUnportable = new(
        "this report cannot go into its bag as named: its path {0}; rename the file",
        "此报告无法按原名放入存档包：其路径{0}；请重命名文件");

    public static readonly Msg<string, Message> ImageUnportable = new(
        "image '{0}' cannot go into the bag as named: its path {1}; rename the file and the link",
        "图片“{0}”无法按原名放入存档包：其路径{1}；请重命名文件并修改链接");

    public static readonly Msg<string, Message> AttachmentUnportable = new(
        "the attachment '{0}' cannot go into the bag as named: its path {1}; rename the file and the link",
        "附件“{0}”无法按原名放入存档包：其路径{1}；请重命名文件并修改链接");

    public static readonly Msg PathHasPercent = new(
        "holds '%', which BagIt tools read differently (RFC 8493 writes it as %25, bagit-python does not decode that)",
        "含有“%”，各 BagIt 工具对它的解读不同（RFC 8493 写作 %25，bagit-python 不会解码）");

    public static readonly Msg PathHasControl = new(
        "holds a control character (a line break or tab), which BagIt manifests cannot carry alike",
        "含有控制字符（换行符或制表符），各 BagIt 清单无法一致地记录");

    public static readonly Msg PathHasBackslash = new(
        "holds a backslash, which separates folders on Windows",
        "含有反斜杠，而它在 Windows 上是文件夹分隔符");

    public static readonly Msg<string> PathHasWindowsForbidden = new(
        "holds '{0}', which Windows does not allow in a file name",
        "含有“{0}”，Windows 不允许文件名中出现该字符");

    public static readonly Msg PathEndsBadly = new(
        "has a name that starts or ends with a space or ends with a dot, which Windows drops",
        "中有名称以空格开头或结尾、或以点结尾，Windows 会将其去掉");

    public static readonly Msg PathDecomposed = new(
        "is written in decomposed Unicode (NFD, an accent or voicing mark as a separate character, as macOS may save it), which some BagIt tools normalize and others do not",
        "以分解形式的 Unicode 书写（NFD，重音或浊音符号为单独字符，macOS 可能如此保存），有的 BagIt 工具会将其规范化，有的不会");

    public static readonly Msg<int, string> EarlierBagAltered = new(
        "the bag of version {0} ({1}) that the last build published is missing or no longer has the bytes its manifest.json listed, so it is not carried over; restore it from a backup",
        "上次生成发布的第 {0} 版存档包（{1}）已缺失，或内容已与 manifest.json 所列不符，因此不予沿用；请从备份中恢复");

    public static readonly Msg<int, string, int> ChangedWithoutRevision = new(
        "the report or its files changed since its bag of version {0} ({1}) was published, but the front matter has no new revision, so the bag is replaced under the same version and a portal that took it will not see the change; add a revision (date and note) to publish it as version {2}",
        "自第 {0} 版存档包（{1}）发布以来，报告或其文件已有改动，但前言字段中没有新的更正记录，因此存档包按同一版本替换，已取用该包的门户将看不到改动；请添加更正记录（日期和说明），以第 {2} 版发布");
}
