using System.Buffers.Binary;

namespace SiteGen.Typesetting.Layout;

/// <summary>Pixel size of a PNG or JPEG from its header, so layout needs no imaging library; a JPEG's as shown (<see cref="ExifOrientation"/>).</summary>
internal static class ImageSize
{
    public static (double Width, double Height)? Read(byte[] b)
    {
        if (b.Length > 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
            return (BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)));
        if (b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < b.Length)
            {
                if (b[i] != 0xFF) { i++; continue; }
                var marker = b[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    double width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5));
                    // The size as shown: a photo the camera marked as turned a quarter stands the other way.
                    return ExifOrientation.SwapsSides(ExifOrientation.OfJpeg(b)) ? (height, width) : (width, height);
                }
                i += 2 + length;
            }
        }
        return null;
    }
}
