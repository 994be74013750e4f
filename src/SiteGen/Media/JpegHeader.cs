using SiteGen.Model;
using SiteGen.Typesetting.Layout;

namespace SiteGen.Media;

/// <summary>
/// JPEG: walks the marker segments from the start, skipping each by its length (EXIF, ICC profiles and
/// thumbnails can be large), to the first start-of-frame (baseline SOF0, progressive SOF2 and the other SOFn),
/// whose header holds height then width (big-endian). An EXIF Orientation on the way (a phone photo stored
/// sideways) turns the size to the one shown.
/// </summary>
internal static class JpegHeader
{
    /// <summary>An APP1 segment's length field caps it at 64 KB; nothing larger is read into memory.</summary>
    private const int MaxExif = 65_535;

    public static bool Is(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;

    public static PixelSize? Read(Stream stream)
    {
        if (!stream.CanSeek) return null;
        stream.Position = 2;
        Span<byte> segment = stackalloc byte[7];
        var orientation = 1;
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            if (b != 0xFF) return null; // not at a marker: the file is not what it claims
            var marker = stream.ReadByte();
            while (marker == 0xFF) marker = stream.ReadByte(); // fill bytes
            if (marker < 0 || marker == 0xD9 || marker == 0xDA) return null; // end of image, or scan data before any frame
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue; // markers without a length
            if (stream.ReadAtLeast(segment[..2], 2, throwOnEndOfStream: false) < 2) return null;
            var length = (segment[0] << 8) | segment[1];
            if (length < 2) return null;
            if (IsStartOfFrame(marker))
            {
                if (length < 7 || stream.ReadAtLeast(segment[..5], 5, throwOnEndOfStream: false) < 5) return null;
                var height = (segment[1] << 8) | segment[2];
                var width = (segment[3] << 8) | segment[4];
                // The size as shown, which is what a page's width and height and every PDF edition use.
                return ExifOrientation.SwapsSides(orientation) ? ImageHeader.Valid(height, width) : ImageHeader.Valid(width, height);
            }
            if (marker == 0xE1 && length - 2 <= MaxExif)
            {
                var app1 = new byte[length - 2];
                if (stream.ReadAtLeast(app1, app1.Length, throwOnEndOfStream: false) < app1.Length) return null;
                orientation = ExifOrientation.OfApp1(app1) ?? orientation;
                continue;
            }
            stream.Seek(length - 2, SeekOrigin.Current);
        }
    }

    /// <summary>C0-CF are frame headers except C4 (Huffman tables), C8 (reserved) and CC (arithmetic conditioning).</summary>
    private static bool IsStartOfFrame(int marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
