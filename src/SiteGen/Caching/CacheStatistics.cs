using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SiteGen.Caching;

/// <summary>Hits and misses per step, counted across the parallel per-report work of one build.</summary>
public sealed class CacheStatistics
{
    private readonly ConcurrentDictionary<string, StepCounts> _steps = new(StringComparer.Ordinal);
    private int _blobsHashed;

    public int Hits(string step) => _steps.TryGetValue(step, out var c) ? c.Hits : 0;

    public int Misses(string step) => _steps.TryGetValue(step, out var c) ? c.Misses : 0;

    public int TotalHits => _steps.Values.Sum(c => c.Hits);

    public int TotalMisses => _steps.Values.Sum(c => c.Misses);

    public ImmutableSortedSet<string> Steps => [.. _steps.Keys];

    /// <summary>Cache files read in full to check their SHA-256 (the others were known unchanged by their stamps).</summary>
    public int BlobsHashed => Volatile.Read(ref _blobsHashed);

    internal void Hashed() => Interlocked.Increment(ref _blobsHashed);

    internal void Hit(string step) => Interlocked.Increment(ref _steps.GetOrAdd(step, _ => new StepCounts()).HitCount);

    internal void Miss(string step) => Interlocked.Increment(ref _steps.GetOrAdd(step, _ => new StepCounts()).MissCount);

    private sealed class StepCounts
    {
        public int HitCount;
        public int MissCount;

        public int Hits => Volatile.Read(ref HitCount);

        public int Misses => Volatile.Read(ref MissCount);
    }
}
