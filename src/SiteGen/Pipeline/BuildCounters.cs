using System.Collections.Concurrent;
using System.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// Time spent in one kind of work across the build (font loading, subsetting, layout, PDF writing,
/// zipping), summed over threads, for `sitegen build --verbose`:
/// <code>using (context.Counters.Measure("pdf: subset fonts")) { ... }</code>
/// </summary>
public sealed class BuildCounters
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public Measurement Measure(string name) => new(_counters.GetOrAdd(name, _ => new Counter()));

    public void Add(string name, TimeSpan elapsed, int count = 1)
    {
        var counter = _counters.GetOrAdd(name, _ => new Counter());
        counter.Add(elapsed.Ticks, count);
    }

    /// <summary>Every counter in name order: how many times it ran and for how long in all.</summary>
    public IReadOnlyList<Total> Snapshot() =>
        [.. _counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new Total(c.Key, c.Value.Count, TimeSpan.FromTicks(c.Value.Ticks)))];

    /// <summary>
    /// One counter's sum. A class, not a value tuple: LINQ and List over a struct from our assembly are generic
    /// instantiations ReadyToRun cannot precompile, so every build JIT-compiled ~20 methods for this list alone.
    /// </summary>
    public sealed record Total(string Name, int Count, TimeSpan Elapsed);

    public readonly struct Measurement(Counter counter) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Dispose() => counter.Add(Stopwatch.GetElapsedTime(_started).Ticks, 1);
    }

    public sealed class Counter
    {
        private long _ticks;
        private int _count;

        public long Ticks => Interlocked.Read(ref _ticks);

        public int Count => Volatile.Read(ref _count);

        internal void Add(long ticks, int count)
        {
            Interlocked.Add(ref _ticks, ticks);
            Interlocked.Add(ref _count, count);
        }
    }
}
