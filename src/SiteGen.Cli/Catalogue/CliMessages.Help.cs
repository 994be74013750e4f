using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Help texts: what each command and option is for.</summary>
internal static partial class CliMessages
{
    public static readonly Msg HelpHelp = new("Show help and usage information", "显示帮助和用法");

    public static readonly Msg HelpVersion = new("Show version information", "显示版本信息");

    public static readonly Msg HelpHeadingDescription = new("Description:", "说明：");
    public static readonly Msg HelpHeadingUsage = new("Usage:", "用法：");
    public static readonly Msg HelpHeadingArguments = new("Arguments:", "参数：");
    public static readonly Msg HelpHeadingOptions = new("Options:", "选项：");
    public static readonly Msg HelpHeadingCommands = new("Commands:", "命令：");
    public static readonly Msg HelpDefault = new("[default: ", "[默认值：");
    public static readonly Msg HelpUsageCommand = new("[command]", "[命令]");
    public static readonly Msg HelpUsageOptions = new("[options]", "[选项]");
    public static readonly Msg HelpRequired = new("(REQUIRED)", "（必填）");

    public static readonly Msg HelpBuild = new(
        "Build every report under the input folder into the output folder",
        "将输入文件夹中的全部报告生成到输出文件夹");

    public static readonly Msg HelpCheck = new(
        "Build every report under the input folder without writing the output: passes exactly when build does",
        "完整生成输入文件夹中的全部报告但不写入输出：build 能通过时才通过");

    public static readonly Msg HelpServe = new(
        "Build, serve the output folder on 127.0.0.1, rebuild when input or templates change, and reload open pages",
        "生成并在 127.0.0.1 上预览输出文件夹；输入或模板改动时重新生成，并刷新已打开的页面");

    public static readonly Msg HelpVerify = new(
        "Check archive bundles (BagIt zips): every file present and unaltered, nothing extra",
        "检查存档包（BagIt zip）：每个文件齐全且未被改动，没有多余文件");

    public static readonly Msg HelpNew = new(
        "Start a new report (report.md with every front-matter key explained, a figure, a table, a footnote), or with --site a new site",
        "新建一份报告（report.md，含全部前言字段的说明、一幅插图、一张表格和一个脚注）；加 --site 则新建整个网站");

    public static readonly Msg HelpInput = new(
        "Folder holding the reports' Markdown, their images and site.yml",
        "存放报告 Markdown、图片和 site.yml 的文件夹");

    public static readonly Msg HelpOutput = new(
        "Folder to publish into; replaced as a whole only when the build succeeds",
        "发布到的文件夹；仅在生成成功时整体替换");

    public static readonly Msg HelpTemplates = new(
        "A site's own templates folder; a file here overrides the built-in template of the same name",
        "网站自己的模板文件夹；其中的文件替换同名的内置模板");

    public static readonly Msg HelpFormats = new(
        "Formats to build, comma-separated: html, pdf, epub, bundle (default: all; html is always built)",
        "要生成的格式，用逗号分隔：html、pdf、epub、bundle（默认全部；html 总会生成）");

    public static readonly Msg<string, string> FormatUnknown = new(
        "--formats: unknown format '{0}'; use any of {1}, e.g. --formats html,pdf",
        "--formats：未知的格式“{0}”；可用 {1} 中的任意几种，如 --formats html,pdf");

    public static readonly Msg HelpPreview = new(
        "Build a preview: base_url may be missing or local; pages say 'preview' and are kept out of search engines, bags say 'Preview: yes', no sitemap. Never publish it",
        "生成预览：base_url 可以不填或为本机地址；页面标明“预览”并禁止搜索引擎收录，数据包标明“Preview: yes”，不生成站点地图。预览不可发布");

    public static readonly Msg HelpNoCache = new(
        "Rebuild every report instead of reusing results from the cache beside the output folder (.sitegen-cache)",
        "重新生成每份报告，不使用输出文件夹旁缓存（.sitegen-cache）中的结果");

    public static readonly Msg HelpQuiet = new(
        "Print only errors and warnings",
        "只显示错误和警告");

    public static readonly Msg HelpVerbose = new(
        "Print every phase with its timing, work counters and cache use",
        "显示每个阶段的用时、工作计数和缓存使用情况");

    public static readonly Msg HelpLang = new(
        "Language of messages and help: zh (Chinese) or en (English); default: SITEGEN_LANG, then the system locale (LANG)",
        "提示信息和帮助的语言：zh（中文）或 en（英文）；默认取 SITEGEN_LANG，其次取系统区域设置（LANG）");

    public static readonly Msg HelpPort = new(
        "Port to listen on (0 picks a free one)",
        "监听的端口（0 表示自动选择空闲端口）");

    public static readonly Msg PortInvalid = new(
        "--port must be between 0 and 65535, e.g. --port 8000",
        "--port 应在 0 到 65535 之间，如 --port 8000");

    public static readonly Msg HelpHost = new(
        "Address to listen on; anything but loopback makes the preview visible to your network",
        "监听的地址；非本机回环地址会使网络中的其他人也能看到预览");

    public static readonly Msg<string> HostInvalid = new(
        "--host '{0}' is not an IP address; use 127.0.0.1 (the default), ::1, or 0.0.0.0 to listen on every interface",
        "--host“{0}”不是 IP 地址；请用 127.0.0.1（默认）、::1，或用 0.0.0.0 监听所有网络接口");

    public static readonly Msg HelpBags = new(
        "BagIt bags as zips, e.g. output/archive/<slug>.zip",
        "zip 格式的 BagIt 存档包，如 output/archive/<slug>.zip");

    public static readonly Msg HelpNewFolder = new(
        "The new folder, e.g. input/2024-report (or the site's folder with --site)",
        "新文件夹，如 input/2024-report（加 --site 时为网站文件夹）");

    public static readonly Msg HelpNewTitle = new("The report's title", "报告标题");

    public static readonly Msg HelpNewDate = new(
        "The report's date, yyyy-mm-dd (default: today)",
        "报告日期，格式为 yyyy-mm-dd（默认为今天）");

    public static readonly Msg HelpNewLang = new(
        "The report's language, e.g. zh-CN or en; the comments in the new files follow it (and so do the messages, for zh or en)",
        "报告的语言，如 zh-CN 或 en；新文件中的注释随之使用该语言（为 zh 或 en 时，提示信息也随之）");

    public static readonly Msg HelpNewSite = new(
        "Start a whole site: FOLDER/input/site.yml and a first report",
        "新建整个网站：FOLDER/input/site.yml 和第一份报告");
}
