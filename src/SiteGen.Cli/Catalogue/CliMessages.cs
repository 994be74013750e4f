using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The `sitegen` command's own words, English and Simplified Chinese (the library's diagnostics are in
/// <see cref="Messages"/>). Help texts are here too, so `sitegen --help` follows --lang like every other line.
/// </summary>
[MessageCatalogue]
internal static partial class CliMessages
{
    public static readonly Msg RootDescription = new(
        "SiteGen publishes reports written in Markdown as an accessible, multi-format archive.",
        "SiteGen 将 Markdown 撰写的报告发布为无障碍、多格式的存档。");

    public static readonly Msg UsageHint = new(
        "Run 'sitegen --help' for usage.",
        "运行“sitegen --help”查看用法。");

    public static readonly Msg<Message> UnsafeOutput = new(
        "sitegen: error: {0}.",
        "sitegen：错误：{0}。");

    public static readonly Msg<string> FileFault = new(
        "sitegen: error: could not read or write a file: {0} The previous output is unchanged.",
        "sitegen：错误：无法读写文件：{0} 原有输出未作改动。");

    public static readonly Msg<string, string> InternalError = new(
        "sitegen: internal error ({0}: {1}). This is a bug in SiteGen, not in your report; the previous output is unchanged.",
        "sitegen：内部错误（{0}：{1}）。这是 SiteGen 的缺陷，不是报告的问题；原有输出未作改动。");

    public static readonly Msg<string> LangInvalid = new(
        "--lang: unknown language '{0}'; use zh (Chinese) or en (English)",
        "--lang：未知的语言“{0}”；请用 zh（中文）或 en（英文）");

    public static readonly Msg OneError = new("1 error", "1 个错误");
    public static readonly Msg<int> Errors = new("{0} errors", "{0} 个错误");
    public static readonly Msg OneWarning = new("1 warning", "1 个警告");
    public static readonly Msg<int> Warnings = new("{0} warnings", "{0} 个警告");
    public static readonly Msg<Message, Message> Counts = new("{0}, {1}", "{0}，{1}");

    public static readonly Msg<int, Message> CheckedOne = new(
        "Checked {0} report file: {1}.",
        "已检查 {0} 个报告文件：{1}。");

    public static readonly Msg<int, Message> Checked = new(
        "Checked {0} report files: {1}.",
        "已检查 {0} 个报告文件：{1}。");

    public static readonly Msg<Message, string> BuildFailed = new(
        "Build failed: {0}. Nothing was written; {1} is as it was. Fix the errors above and build again.",
        "生成失败：{0}。未写入任何文件，{1} 保持原样。请改正上面的错误后重新生成。");

    public static readonly Msg<string, string, string, string, Message> BuiltOne = new(
        "Built 1 report into {0}: {1} files, {2} MB in {3} s ({4}).",
        "已生成 1 份报告，输出到 {0}：{1} 个文件，{2} MB，用时 {3} 秒（{4}）。");

    public static readonly Msg<int, string, string, string, string, Message> Built = new(
        "Built {0} reports into {1}: {2} files, {3} MB in {4} s ({5}).",
        "已生成 {0} 份报告，输出到 {1}：{2} 个文件，{3} MB，用时 {4} 秒（{5}）。");

    public static readonly Msg<string, string, string> SlowStepOne = new(
        "{0} {1}: 1 report in {2} s",
        "{0} {1}：1 份报告，用时 {2} 秒");

    public static readonly Msg<string, string, int, string> SlowStep = new(
        "{0} {1}: {2} reports in {3} s",
        "{0} {1}：{2} 份报告，用时 {3} 秒");

    public static readonly Msg<string, string, int, int> StepProgress = new(
        "{0} {1} {2}/{3} reports",
        "{0} {1} {2}/{3} 份报告");
}
