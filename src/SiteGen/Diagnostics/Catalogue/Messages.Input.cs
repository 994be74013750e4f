namespace SiteGen.Diagnostics;

/// <summary>The input folder, its files and site.yml.</summary>
public static partial class Messages
{
    public static readonly Msg InputIsFile = new(
        "this is a file, not the input folder; pass --input the folder that holds the reports (and site.yml)",
        "这是一个文件，不是输入文件夹；请用 --input 指定存放报告（及 site.yml）的文件夹");

    public static readonly Msg InputFolderMissing = new(
        "the input folder does not exist; pass --input DIR or create input/",
        "输入文件夹不存在；请用 --input 指定文件夹，或新建 input/ 文件夹");

    public static readonly Msg NoReportsFound = new(
        "no reports found: add a Markdown file (*.md) under the input folder",
        "未找到报告：请在输入文件夹中放入 Markdown 文件（*.md）");

    public static readonly Msg<Message> SymlinkLoop = new(
        "{0} is a loop of symbolic links (a link that leads back to itself); replace the link with the file",
        "{0} 是循环的符号链接（链接又指回自身）；请用文件本身替换该链接");

    public static readonly Msg<Message> SymlinkOutsideInput = new(
        "{0} is a symbolic link to a place outside the input folder, which SiteGen never reads; copy the file into the input folder instead",
        "{0} 是指向输入文件夹以外的符号链接，SiteGen 不读取输入文件夹以外的文件；请把文件复制到输入文件夹内");

    public static readonly Msg<Message> SymlinkToHidden = new(
        "{0} leads to a hidden file or folder (a name starting with '.'), which SiteGen never publishes; move it out of there",
        "{0} 指向隐藏的文件或文件夹（名称以“.”开头），SiteGen 从不发布此类文件；请将其移出");

    public static readonly Msg<string> SymlinksInLoop = new(
        "{0} are symbolic links that lead to each other in a loop; replace them with the files",
        "{0} 是互相指向、形成循环的符号链接；请用文件本身替换");

    public static readonly Msg<string> SymlinkToItself = new(
        "{0} is a symbolic link that leads to itself, a loop; replace it with the file",
        "{0} 是指向自身、形成循环的符号链接；请用文件本身替换");

    public static readonly Msg<string> ForbiddenCharacter = new(
        "invisible character {0} here (a control character or a Unicode noncharacter, often carried in by copy and paste) cannot be published in any format; delete it",
        "此处的不可见字符 {0}（控制字符或 Unicode 非字符，常由复制粘贴带入）无法以任何格式发布；请删除");

    public static readonly Msg<string> ForbiddenCharacters = new(
        "invisible characters {0} here (a control character or a Unicode noncharacter, often carried in by copy and paste) cannot be published in any format; delete them",
        "此处的不可见字符 {0}（控制字符或 Unicode 非字符，常由复制粘贴带入）无法以任何格式发布；请删除");

    public static readonly Msg<string, Message> ForbiddenInValue = new(
        "'{0}': {1}",
        "“{0}”：{1}");

    public static readonly Msg<string> SymlinkFolderLoop = new(
        "'{0}' is a symbolic link to a folder that holds it, a loop; remove the link",
        "“{0}”是指向其上级文件夹的符号链接，形成循环；请删除该链接");

    public static readonly Msg<string, string> SymlinkReportMissing = new(
        "'{0}' is a symbolic link to '{1}', which does not exist; replace the link with the report",
        "“{0}”是指向“{1}”的符号链接，但目标不存在；请用报告文件本身替换该链接");

    public static readonly Msg<string> SettingsSymlinkMissing = new(
        "{0} is a symbolic link to a file that does not exist; replace it with the file",
        "{0} 是指向不存在文件的符号链接；请用文件本身替换");

    public static readonly Msg<string> NotUtf8Utf16 = new(
        "this file is not UTF-8 (it looks like {0}): save it as UTF-8",
        "此文件不是 UTF-8 编码（看起来是 {0}）：请另存为 UTF-8");

    public static readonly Msg NotUtf8 = new(
        "this file is not UTF-8: save it as UTF-8",
        "此文件不是 UTF-8 编码：请另存为 UTF-8");

    public static readonly Msg NotUtf8LooksGb = new(
        "this file is not UTF-8 (it looks like GBK or GB18030): save it as UTF-8",
        "此文件不是 UTF-8 编码（看起来是 GBK 或 GB18030）：请另存为 UTF-8");

    public static readonly Msg<string> SourceChanged = new(
        "'{0}' changed while SiteGen was building (its bytes differ from its first read), so the formats would disagree; nothing was written: build again",
        "“{0}”在生成过程中被修改（内容与首次读取时不同），各格式将不一致；未写入任何文件，请重新生成");

    public static readonly Msg SiteSettingsNotMapping = new(
        "site.yml must hold 'key: value' lines",
        "site.yml 应由“键: 值”形式的行组成");

    public static readonly Msg<string> SiteSettingsNotYaml = new(
        "site.yml is not valid YAML: {0}",
        "site.yml 不是有效的 YAML：{0}");

    public static readonly Msg<string, Message> SiteSettingWrongType = new(
        "'{0}' has the wrong type: it must be a single value such as '{0}: …', not a {1}",
        "“{0}”的类型不对：应为单个值，如“{0}: …”，而不是{1}");

    public static readonly Msg YamlList = new("list", "列表");

    public static readonly Msg YamlMapping = new("mapping", "映射");

    public static readonly Msg<string> SiteLanguageInvalid = new(
        "language '{0}' is not a language tag such as zh-CN or en",
        "language“{0}”不是语言标记，应写作 zh-CN 或 en 等");

    public static readonly Msg<string> BaseUrlBadCharacters = new(
        "base_url '{0}' holds characters a URL cannot (quotes, angle brackets, spaces or control characters); write it as e.g. https://www.example.gov.cn/reports/",
        "base_url“{0}”含有网址中不能出现的字符（引号、尖括号、空格或控制字符）；请写成 https://www.example.gov.cn/reports/ 这样的形式");

    public static readonly Msg<string> BaseUrlNotAbsolute = new(
        "base_url '{0}' must be an absolute http(s) URL such as https://www.example.gov.cn/reports/",
        "base_url“{0}”应为以 http(s) 开头的完整网址，如 https://www.example.gov.cn/reports/");

    public static readonly Msg<string> NotTrueOrFalse = new(
        "'{0}' should be true or false",
        "“{0}”应为 true 或 false");

    public static readonly Msg<string, string> UnknownSiteSetting = new(
        "unknown site setting '{0}' is ignored; known: {1}",
        "未知的站点设置“{0}”，已忽略；可用的设置：{1}");
}
