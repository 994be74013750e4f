using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// The lines --verbose adds. Step and counter names ({0}, {1}) are the code's own names, as a profiler shows
/// them; the columns are padded before they are put in, so both languages line up.
/// </summary>
internal static partial class CliMessages
{
    public static readonly Msg<string, string, string, string> VerboseStep = new(
        "  {0} {1} {2} items {3} ms",
        "  {0} {1} {2} 项 {3} 毫秒");

    public static readonly Msg<string, string, string> VerboseCounter = new(
        "  counter  {0} {1} times {2} ms",
        "  计数     {0} {1} 次 {2} 毫秒");

    public static readonly Msg VerboseCacheOff = new(
        "  cache    off (--no-cache): every report was rebuilt",
        "  缓存     已关闭（--no-cache）：每份报告都重新生成");

    public static readonly Msg<string, Message> VerboseCache = new("  cache    {0}: {1}", "  缓存     {0}：{1}");

    public static readonly Msg VerboseCacheUnused = new("no step used it", "没有步骤使用缓存");

    public static readonly Msg<string, int, int> VerboseCacheStep = new(
        "{0} {1} reused/{2} rebuilt",
        "{0} 复用 {1}/重新生成 {2}");

    public static readonly Msg<Message, Message> ListComma = new("{0}, {1}", "{0}，{1}");
}
