using System.IO.Compression;

namespace SiteGen.Import;

/// <summary>
/// A .docx is a zip, so before the Open XML SDK reads it every entry is inflated once, counting the bytes that
/// really come out (declared sizes can lie): a document that would unpack past these limits is refused instead
/// of filling memory. A real report is a few megabytes; the limits are far above that.
/// </summary>
internal static class DocxPackageCheck
{
    public const long MaxFileBytes = 256L << 20;
    public const long MaxPartBytes = 512L << 20;
    public const long MaxTotalBytes = 1L << 30;
    public const long MaxRatio = 200;
    public const long RatioFloorBytes = 1L << 20;
    public const int MaxEntries = 10_000;

    /// <summary>Null when the package is within the limits, otherwise why not.</summary>
    public static string? Problem(Stream package)
    {
        if (package.Length > MaxFileBytes)
        {
            return $"the file is larger than {MaxFileBytes >> 20} MiB";
        }

        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
        {
            return $"it holds more than {MaxEntries} parts";
        }

        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            long size = 0;
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                size += read;
                total += read;
                if (size > MaxPartBytes || total > MaxTotalBytes
                    || (size > RatioFloorBytes && size > Math.Max(entry.CompressedLength, 1) * MaxRatio))
                {
                    return $"its part {entry.FullName} unpacks to more than the limits allow ({MaxPartBytes >> 20} MiB a part, {MaxTotalBytes >> 30} GiB in all, {MaxRatio}:1 compression): it looks like a zip bomb";
                }
            }
        }

        return null;
    }
}
