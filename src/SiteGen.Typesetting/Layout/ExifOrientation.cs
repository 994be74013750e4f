using System.Buffers.Binary;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// How a JPEG's pixels are meant to be shown: the EXIF Orientation tag (1–8) that phone cameras write instead
/// of turning the pixels. Browsers apply it; a PDF draws pixels as stored, so the engine applies it itself, and
/// both read it here. 1 (as stored) when the file has no EXIF block, no tag, or a malformed one.
/// </summary>
internal static class ExifOrientation
{
    /// <summary>Orientations 5–8 turn the picture a quarter: its shown width is its stored height.</summary>
    public static bool SwapsSides(int orientation) => orientation is >= 5 and <= 8;

    /// <summary>The orientation from the marker segments before the first frame header.</summary>
    public static int OfJpeg(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) return 1;
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            if (marker is 0xD9 or 0xDA || marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC)) return 1;
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2 || at + 2 + length > jpeg.Length) return 1;
            if (marker == 0xE1 && OfApp1(jpeg.Slice(at + 4, length - 2)) is { } found) return found;
            at += 2 + length;
        }
        return 1;
    }

    /// <summary>An APP1 segment's body: "Exif\0\0", then a TIFF header and IFD0, where tag 0x0112 is a SHORT.</summary>
    public static int? OfApp1(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8)) return null;
        var tiff = app1[6..];
        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I') little = true;
        else if (tiff[0] == 'M' && tiff[1] == 'M') little = false;
        else return null;
        var ifd = U32(tiff, 4, little);
        if (ifd < 8 || ifd + 2 > (uint)tiff.Length) return null;
        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + 12 * i;
            if (entry + 12 > tiff.Length) return null;
            if (U16(tiff, entry, little) != 0x0112) continue;
            var value = U16(tiff, entry + 8, little);
            return U16(tiff, entry + 2, little) == 3 && value is >= 1 and <= 8 ? value : null;
        }
        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
