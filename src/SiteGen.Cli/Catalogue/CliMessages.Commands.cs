using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>What `new`, `verify` and `serve` say as they work.</summary>
internal static partial class CliMessages
{
    public static readonly Msg<string> NewDateInvalid = new(
        "sitegen new: --date '{0}' is not a date as yyyy-mm-dd, e.g. --date 2024-03-01",
        "sitegen new：--date“{0}”不是 yyyy-mm-dd 格式的日期，如 --date 2024-03-01");

    public static readonly Msg<string> NewLangInvalid = new(
        "sitegen new: --lang '{0}' is not a language tag, e.g. zh-CN or en",
        "sitegen new：--lang“{0}”不是语言标记，应写作 zh-CN 或 en 等");

    public static readonly Msg<string> NewTitleInvalid = new(
        "sitegen new: --title '{0}' must be visible text on one line, e.g. --title \"Work report 2024\"",
        "sitegen new：--title“{0}”应为一行可见文字，如 --title \"2024 年工作报告\"");

    public static readonly Msg<string> NewFolderIsFile = new(
        "sitegen new: '{0}' is a file; give a new folder's name.",
        "sitegen new：“{0}”是一个文件；请给出新文件夹的名称。");

    public static readonly Msg<string> NewFolderNotEmpty = new(
        "sitegen new: '{0}' already holds files; sitegen new only writes into a new or empty folder, so nothing of yours is overwritten.",
        "sitegen new：“{0}”中已有文件；sitegen new 只写入新的或空的文件夹，不会覆盖已有文件。");

    public static readonly Msg<string, string, string, string> NewSiteStarted = new(
        "Started a site in {0}: set base_url in {1}, then run: sitegen build --input {2} --output {3}",
        "已在 {0} 新建网站：请在 {1} 中填写 base_url，然后运行：sitegen build --input {2} --output {3}");

    public static readonly Msg<string, string> NewReportWritten = new(
        "Wrote {0} and {1}; replace the text and the figure, look at it with sitegen serve, and publish it with sitegen build (which needs base_url in site.yml).",
        "已写入 {0} 和 {1}；请替换其中的文字和插图，用 sitegen serve 预览，再用 sitegen build 发布（发布需要在 site.yml 中填写 base_url）。");

    public static readonly Msg<string, Message> BagUnreadable = new(
        "{0}: unreadable: {1}",
        "{0}：无法读取：{1}");

    public static readonly Msg<string> BagValidOne = new(
        "{0}: valid (1 payload file)",
        "{0}：有效（1 个内容文件）");

    public static readonly Msg<string, int> BagValid = new(
        "{0}: valid ({1} payload files)",
        "{0}：有效（{1} 个内容文件）");

    public static readonly Msg<string, string> BagInvalid = new(
        "{0}: INVALID: {1}",
        "{0}：无效：{1}");

    public static readonly Msg<string, int> BagInvalidMany = new(
        "{0}: INVALID, {1} problems:",
        "{0}：无效，共 {1} 处问题：");

    public static readonly Msg<string, string> ServeCannotListen = new(
        "sitegen serve: could not listen on {0} ({1}). Pick another port with --port N, or stop what is using it.",
        "sitegen serve：无法在 {0} 上监听（{1}）。请用 --port N 换一个端口，或停止占用该端口的程序。");

    public static readonly Msg<string> ServeNotLoopback = new(
        "sitegen serve: listening on {0}, not loopback: anyone who can reach this machine can read the preview.",
        "sitegen serve：正在 {0} 上监听，不是本机回环地址：能访问本机的任何人都能看到预览。");

    public static readonly Msg<string, string, Message> Serving = new(
        "Serving {0} at {1} — watching {2}. Press Ctrl-C to stop.",
        "正在 {1} 预览 {0}，并监视 {2} 的改动。按 Ctrl-C 停止。");

    public static readonly Msg<string, string> WatchingBoth = new("{0} and {1}", "{0} 和 {1}");

    public static readonly Msg Stopped = new("Stopped.", "已停止。");

    public static readonly Msg<string, int, string, int, int> ServeBuilt = new(
        "[{0}] Built {1} reports in {2} s ({3} rebuilt, {4} reused); open pages reload.",
        "[{0}] 已生成 {1} 份报告，用时 {2} 秒（重新生成 {3} 份，沿用 {4} 份）；已打开的页面将刷新。");

    public static readonly Msg<string, Message> ServeBuildFailed = new(
        "[{0}] Build failed: {1}. Still serving the last good build; the errors show on every page until you fix them and save.",
        "[{0}] 生成失败：{1}。仍在预览上一次成功生成的结果；改正并保存之前，每个页面上都会显示这些错误。");

    public static readonly Msg<string, Message> ServeCrashed = new(
        "[{0}] {1} Still serving the last good build; save a file to try again.",
        "[{0}] {1} 仍在预览上一次成功生成的结果；保存任一文件即可重试。");

    public static readonly Msg<string> RebuildFileFault = new(
        "The rebuild could not read or write a file: {0}",
        "重新生成时无法读写文件：{0}");

    public static readonly Msg<string, string> RebuildCrashed = new(
        "The rebuild crashed: {0}: {1} This is a bug in SiteGen, not in your report.",
        "重新生成时程序崩溃：{0}：{1} 这是 SiteGen 的缺陷，不是报告的问题。");

    public static readonly Msg NoHost = new("400: the request names no Host.", "400：请求中没有 Host。");

    public static readonly Msg WrongHost = new(
        "421: this preview answers to localhost and 127.0.0.1 only. To open it to your network, start it with sitegen serve --host ADDRESS.",
        "421：此预览只响应 localhost 和 127.0.0.1。如需向网络开放，请用 sitegen serve --host 地址 启动。");

    public static readonly Msg PathNotAllowed = new(
        "400: this path is not allowed; sitegen serve only serves files inside the output folder.",
        "400：不允许访问此路径；sitegen serve 只提供输出文件夹内的文件。");

    public static readonly Msg<string> NotFound = new(
        "404: nothing at {0} in the output folder. Check the link, or whether the report that makes this file built.",
        "404：输出文件夹中没有 {0}。请检查链接，或检查生成此文件的报告是否已成功生成。");

    public static readonly Msg OverlayFailedOne = new(
        "The latest build failed: 1 error",
        "最近一次生成失败：1 个错误");

    public static readonly Msg<int> OverlayFailed = new(
        "The latest build failed: {0} errors",
        "最近一次生成失败：{0} 个错误");

    public static readonly Msg OverlayFixReports = new(
        "Fix these in the report files and save; the page reloads by itself. Underneath is the last good build.",
        "请在报告文件中改正以下错误并保存，页面会自动刷新。下面显示的是上一次成功生成的结果。");

    public static readonly Msg<Message> OverlayFixFiles = new(
        "Fix these in {0} and save; the page reloads by itself. Underneath is the last good build.",
        "请在 {0} 中改正以下错误并保存，页面会自动刷新。下面显示的是上一次成功生成的结果。");

    public static readonly Msg OverlayCrashed = new(
        "The latest build crashed",
        "最近一次生成时程序崩溃");

    public static readonly Msg OverlayCrashHint = new(
        "The log of sitegen serve says the same. Save a file to try again; underneath is the last good build.",
        "sitegen serve 的日志中有相同内容。保存任一文件即可重试；下面显示的是上一次成功生成的结果。");

    public static readonly Msg OverlayTitle = new(
        "SiteGen: build failed",
        "SiteGen：生成失败");
}
