namespace SiteGen.Diagnostics;

/// <summary>
/// What `sitegen verify` finds in a bag (存档包). Terms: 清单 (manifest), 内容文件 (payload file), 拒收 (refused:
/// the zip is not opened further), 被改动 (altered), 缺失 (missing), 多余 (extra).
/// </summary>
public static partial class Messages
{
    /// <summary>A finding about one file of the bag: "data/a.md: missing: …".</summary>
    public static readonly Msg<string, Message> BagFindingAt = new("{0}: {1}", "{0}：{1}");

    public static readonly Msg BagIsFolder = new(
        "this is a folder; give the bag's .zip file (e.g. archive/<slug>.zip)",
        "这是文件夹；请给出存档包的 .zip 文件（如 archive/<slug>.zip）");

    public static readonly Msg BagNoSuchFile = new("no such file", "文件不存在");
    public static readonly Msg<string> BagCannotRead = new("cannot read the file: {0}", "无法读取文件：{0}");
    public static readonly Msg<string> BagNotZip = new("not a readable zip: {0}", "不是可读取的 zip 文件：{0}");

    public static readonly Msg BagNoPayloadManifest = new(
        "no payload manifest (manifest-<algorithm>.txt)",
        "没有内容清单（manifest-<算法>.txt）");

    public static readonly Msg BagNoDeclaration = new(
        "missing: every bag starts with its declaration",
        "缺失：每个存档包都以此声明文件开头");

    public static readonly Msg<string> BagVersionWrong = new(
        "BagIt-Version is '{0}', expected 1.0",
        "BagIt-Version 为“{0}”，应为 1.0");

    public static readonly Msg<string> BagEncodingWrong = new(
        "Tag-File-Character-Encoding is '{0}', expected UTF-8",
        "Tag-File-Character-Encoding 为“{0}”，应为 UTF-8");

    public static readonly Msg<string> BagAlgorithmUnsupported = new(
        "unsupported checksum algorithm '{0}'",
        "不支持的校验算法“{0}”");

    public static readonly Msg<int> BagManifestLineMalformed = new(
        "line {0} is not 'checksum path'",
        "第 {0} 行不是“校验值 路径”的格式");

    public static readonly Msg<string> BagListedTwice = new("listed twice in {0}", "在 {0} 中列出了两次");

    public static readonly Msg<string, int> BagMayNotList = new(
        "{0} line {1} names a file it may not list",
        "{0} 第 {1} 行列出了它不应列出的文件");

    public static readonly Msg<string> BagFileMissing = new(
        "missing: listed in {0} but not in the bag",
        "缺失：{0} 中列出，但存档包中没有");

    public static readonly Msg<string, string> BagFileAltered = new(
        "altered: its {0} does not match {1}",
        "被改动：其 {0} 校验值与 {1} 不符");

    public static readonly Msg<string> BagFileExtra = new(
        "extra: in the payload but not listed in {0}",
        "多余：在内容中，但 {0} 中未列出");

    public static readonly Msg<string, string> BagOxumWrong = new(
        "Payload-Oxum is {0} but the payload is {1} (octets.files)",
        "Payload-Oxum 为 {0}，而内容实际为 {1}（字节数.文件数）");

    public static readonly Msg BagEntryDamaged = new(
        "altered: damaged inside the zip (its bytes do not match the zip's own checksum)",
        "被改动：在 zip 内已损坏（其字节与 zip 自身的校验值不符）");

    public static readonly Msg BagEntryTwice = new("appears twice in the zip", "在 zip 中出现了两次");

    public static readonly Msg BagZipEmpty = new(
        "the zip is empty: a bag zip holds one folder with bagit.txt, its manifests and data/",
        "zip 是空的：存档包 zip 应含一个文件夹，内有 bagit.txt、清单和 data/");

    public static readonly Msg BagZipOnlyFolders = new(
        "the zip holds only empty folders: a bag zip holds one folder with bagit.txt, its manifests and data/",
        "zip 中只有空文件夹：存档包 zip 应含一个文件夹，内有 bagit.txt、清单和 data/");

    public static readonly Msg<string> BagZipFolders = new(
        "a bag zip holds exactly one top-level folder; this one has {0}",
        "存档包 zip 只能有一个顶层文件夹；此 zip 有 {0}");

    public static readonly Msg<int, int> BagTooManyEntries = new(
        "refused: {0} entries, more than the {1} a bag zip may hold",
        "拒收：共 {0} 个条目，超过存档包 zip 允许的 {1} 个");

    public static readonly Msg<long, Message> BagDeclaredTooLarge = new(
        "refused: the zip declares {0} bytes unpacked, more than the {1} a bag may hold",
        "拒收：zip 声明解压后为 {0} 字节，超过存档包允许的 {1}");

    public static readonly Msg<Message> BagAsDeclared = new("{0} (as the zip declares)", "{0}（据 zip 的声明）");

    public static readonly Msg<Message, int> BagAsDeclaredMore = new(
        "{0} (as the zip declares; {1} more file like it)",
        "{0}（据 zip 的声明；另有 {1} 个同类文件）");

    public static readonly Msg<Message, int> BagAsDeclaredMany = new(
        "{0} (as the zip declares; {1} more files like it)",
        "{0}（据 zip 的声明；另有 {1} 个同类文件）");

    public static readonly Msg<Message> BagUnpacksTooLarge = new(
        "refused: the bag unpacks to more than the {0} a bag may hold",
        "拒收：存档包解压后超过允许的 {0}");

    public static readonly Msg<Message> BagTagFileTooLarge = new(
        "refused: a tag file larger than {0}",
        "拒收：标签文件大于 {0}");

    public static readonly Msg<Message> BagFileTooLarge = new(
        "refused: unpacks to more than the {0} one file may hold",
        "拒收：解压后超过单个文件允许的 {0}");

    public static readonly Msg<long> BagZipBomb = new(
        "refused: unpacks to more than {0} times its compressed size (a zip bomb)",
        "拒收：解压后超过压缩大小的 {0} 倍（压缩炸弹）");

    public static readonly Msg<long> Bytes = new("{0} bytes", "{0} 字节");

    public static readonly Msg BagEntrySymlink = new(
        "refused: a symbolic link (unpacked, it could point anywhere on the machine)",
        "拒收：符号链接（解压后可能指向本机任何位置）");

    public static readonly Msg BagEntrySpecial = new(
        "refused: a special file (device, pipe or socket), not a plain file",
        "拒收：特殊文件（设备、管道或套接字），不是普通文件");

    public static readonly Msg BagEntryEncrypted = new(
        "refused: encrypted (a bag's files must be readable to be checked)",
        "拒收：已加密（存档包中的文件必须可读才能检查）");

    public static readonly Msg BagEntryEmptyName = new("refused: an entry with an empty name", "拒收：条目名称为空");

    public static readonly Msg BagEntryBackslash = new(
        "refused: the name holds a backslash (on Windows it separates folders and can climb out of the bag)",
        "拒收：名称含有反斜杠（在 Windows 上它分隔文件夹，可能跳出存档包）");

    public static readonly Msg BagEntryAbsolute = new(
        "refused: an absolute name (it would unpack outside the bag's folder)",
        "拒收：绝对路径名称（会解压到存档包文件夹之外）");

    public static readonly Msg BagEntryDrive = new(
        "refused: the name starts with a drive letter (it would unpack outside the bag's folder)",
        "拒收：名称以盘符开头（会解压到存档包文件夹之外）");

    public static readonly Msg BagEntryControl = new("refused: the name holds a control character", "拒收：名称含有控制字符");

    public static readonly Msg BagEntryClimbs = new(
        "refused: the name climbs out of the bag ('..')",
        "拒收：名称跳出了存档包（“..”）");

    public static readonly Msg BagEntryEmptyFolder = new(
        "refused: the name has an empty or '.' folder (not a plain relative path)",
        "拒收：名称中有空的或“.”文件夹（不是普通的相对路径）");
}
