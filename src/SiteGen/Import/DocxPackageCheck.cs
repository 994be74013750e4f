using System.IO.Compression;
using SiteGen.Diagnostics;

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
    public static Message? Problem(Stream package)
    {
        if (package.Length > MaxFileBytes)
        {
            return Messages.DocxTooLarge.With(MaxFileBytes >> 20);
        }

        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxEntries)
        {
            return Messages.DocxTooManyParts.With(MaxEntries);
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
                    return Messages.DocxZipBomb.With(MessageText.Value(entry.FullName), MaxPartBytes >> 20, MaxTotalBytes >> 30, MaxRatio);
                }
            }
        }

        return null;
    }
}
