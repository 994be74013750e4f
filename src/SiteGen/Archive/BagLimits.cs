using System.Globalization;

namespace SiteGen.Archive;

/// <summary>
/// How much a bag zip may unpack to before `verify` refuses it, so a zip bomb ends in a finding instead of
/// filling memory or disk. Checked first against the sizes the zip declares, then again while streaming,
/// since declared sizes can lie. The defaults are a hundred times the largest real report bag.
/// </summary>
public sealed record BagLimits
{
    public static BagLimits Default { get; } = new();

    /// <summary>Most bytes one file may unpack to (default 1 GiB).</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>Most bytes all files together may unpack to (default 4 GiB).</summary>
    public long MaxTotalBytes { get; init; } = 4L << 30;

    /// <summary>Most a file may grow over its compressed size (default 200:1); deflate's own limit is about 1032:1.</summary>
    public long MaxRatio { get; init; } = 200;

    /// <summary>Files up to this size are never refused for their ratio (default 1 MiB): tiny files compress oddly.</summary>
    public long RatioFloorBytes { get; init; } = 1L << 20;

    /// <summary>Most entries a bag zip may hold (default 100,000).</summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>Most bytes of a tag file read as text: bagit.txt, bag-info.txt, the manifests (default 32 MiB).</summary>
    public long MaxTagFileBytes { get; init; } = 32L << 20;

    /// <summary>A limit as a message says it: "1 GiB", "32 MiB" (units both languages write the same way), or "200000 bytes".</summary>
    internal static Diagnostics.Message Size(long bytes) => bytes switch
    {
        >= 1L << 30 when bytes % (1L << 30) == 0 => Diagnostics.Messages.Name.With(string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GiB")),
        >= 1L << 20 when bytes % (1L << 20) == 0 => Diagnostics.Messages.Name.With(string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB")),
        _ => Diagnostics.Messages.Bytes.With(bytes),
    };
}
