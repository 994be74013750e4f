using System.IO.Compression;
using System.Security.Cryptography;

namespace SiteGen.Archive;

/// <summary>
/// Streams one zip entry through its checksums in fixed-size pieces, counting what it unpacks to against
/// <see cref="BagLimits"/> as it goes: the entry's bytes are never held, except a small tag file's.
/// </summary>
internal static class BagEntryReader
{
    private const int Piece = 81920;

    /// <summary>The unpacked bytes of the whole zip so far, shared by its entries.</summary>
    public sealed class Budget(BagLimits limits)
    {
        public BagLimits Limits { get; } = limits;

        public long Total { get; set; }
    }

    /// <summary>Digest null and no refusal: the entry is damaged (bad checksum or deflate stream).</summary>
    public sealed record Outcome(BagDigest? Digest, byte[]? Bytes, Diagnostics.Message? Refusal);

    public static Outcome Read(ZipArchiveEntry entry, IReadOnlyList<string> algorithms, bool keep, Budget budget)
    {
        var limits = budget.Limits;
        var hashes = algorithms.Select(a => IncrementalHash.CreateHash(BagContents.Algorithms[a])).ToList();
        try
        {
            using var stream = entry.Open();
            using var kept = keep ? new MemoryStream() : null;
            var buffer = new byte[Piece];
            long length = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += read;
                budget.Total += read;
                if (Refusal(length, entry.CompressedLength, limits) is { } reason)
                {
                    return new Outcome(null, null, reason);
                }

                if (budget.Total > limits.MaxTotalBytes)
                {
                    return new Outcome(null, null, Diagnostics.Messages.BagUnpacksTooLarge.With(BagLimits.Size(limits.MaxTotalBytes)));
                }

                if (kept is not null && length > limits.MaxTagFileBytes)
                {
                    return new Outcome(null, null, Diagnostics.Messages.BagTagFileTooLarge.With(BagLimits.Size(limits.MaxTagFileBytes)));
                }

                kept?.Write(buffer, 0, read);
                foreach (var hash in hashes)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }

            var checksums = algorithms.Zip(hashes).ToDictionary(p => p.First, p => Convert.ToHexStringLower(p.Second.GetHashAndReset()), StringComparer.Ordinal);
            return new Outcome(new BagDigest(length, checksums), kept?.ToArray(), null);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return new Outcome(null, null, null);
        }
        finally
        {
            foreach (var hash in hashes)
            {
                hash.Dispose();
            }
        }
    }

    /// <summary>Why an entry of <paramref name="length"/> unpacked bytes from <paramref name="compressed"/> is refused, if it is.</summary>
    public static Diagnostics.Message? Refusal(long length, long compressed, BagLimits limits)
    {
        if (length > limits.MaxFileBytes)
        {
            return Diagnostics.Messages.BagFileTooLarge.With(BagLimits.Size(limits.MaxFileBytes));
        }

        return length > limits.RatioFloorBytes && length > Math.Max(compressed, 1) * limits.MaxRatio
            ? Diagnostics.Messages.BagZipBomb.With(limits.MaxRatio)
            : null;
    }
}
