using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SiteGen.Typesetting;

/// <summary>
/// Where a render's time goes (fontconfig, layout, subsetting, PDFsharp drawing and saving, the rewrite after
/// saving), for `sitegen build --verbose`. Each phase is timed twice: on the wall clock and on the CPU clock of
/// the thread doing it, because on a shared machine the wall clock mostly measures the other processes. The
/// build installs a sink for the flow of work that renders (an AsyncLocal, so it follows the work onto parallel
/// threads and tests running side by side do not share one); without a sink, measuring costs two clock reads.
/// </summary>
public static partial class TypesetClock
{
    private static readonly AsyncLocal<Action<string, TimeSpan, TimeSpan>?> Current = new();

    /// <summary>Sends (phase, wall time, thread CPU time) of renders started from this flow of work to <paramref name="sink"/>.</summary>
    public static void Install(Action<string, TimeSpan, TimeSpan>? sink) => Current.Value = sink;

    public static Phase Measure(string name) => new(name, Current.Value);

    /// <summary>CPU time the calling thread has used (Linux: CLOCK_THREAD_CPUTIME_ID); zero where unavailable.</summary>
    public static TimeSpan ThreadCpu()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        return clock_gettime(ThreadCpuClock, out var now) == 0
            ? TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100)
            : TimeSpan.Zero;
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    public readonly struct Phase : IDisposable
    {
        private readonly string _name;
        private readonly Action<string, TimeSpan, TimeSpan>? _sink;
        private readonly long _started;
        private readonly TimeSpan _cpu;

        internal Phase(string name, Action<string, TimeSpan, TimeSpan>? sink)
        {
            _name = name;
            _sink = sink;
            _started = Stopwatch.GetTimestamp();
            _cpu = sink is null ? TimeSpan.Zero : ThreadCpu();
        }

        public void Dispose() => _sink?.Invoke(_name, Stopwatch.GetElapsedTime(_started), ThreadCpu() - _cpu);
    }
}
