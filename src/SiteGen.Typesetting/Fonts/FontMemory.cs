using PdfSharp.Fonts;
using SiteGen.Typesetting.Pdf;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// Keeps the font subsets of a long build from piling up. Every report has its own character set, so its own
/// subsets, and PDFsharp keeps every font it has seen in process-wide caches: at 100 reports that was over
/// 2 GB. Renders run inside <see cref="Use{T}"/>; once more than <see cref="MaxSubsets"/> subsets are cached,
/// the render that finishes waits until no other render is in flight, then drops our subsets and resets
/// PDFsharp's font management, so memory stays bounded by the reports in flight.
/// </summary>
internal static class FontMemory
{
    /// <summary>Four faces a report: room for the reports two cores keep in flight, with their three editions.</summary>
    public const int MaxSubsets = 24;

    private static readonly ReaderWriterLockSlim Gate = new(LockRecursionPolicy.SupportsRecursion);

    public static T Use<T>(Func<T> render)
    {
        Gate.EnterReadLock();
        try
        {
            return render();
        }
        finally
        {
            Gate.ExitReadLock();
            if (SubsetCache.Count > MaxSubsets)
            {
                Release();
            }
        }
    }

    private static void Release()
    {
        Gate.EnterWriteLock();
        try
        {
            // Another thread may have released while this one waited for the lock.
            if (SubsetCache.Count <= MaxSubsets)
            {
                return;
            }

            SubsetCache.Clear();
            GlobalFontSettings.ResetFontManagement();
            SubsetFontResolver.Reinstall();
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }
}
