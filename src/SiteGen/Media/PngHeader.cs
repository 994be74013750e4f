using System.Buffers.Binary;
using SiteGen.Model;

namespace SiteGen.Media;

/// <summary>PNG: the signature, then IHDR first, whose data starts with width and height (big-endian).</summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Is(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    public static PixelSize? Read(ReadOnlySpan<byte> head)
    {
        if (head.Length < 24 || !head[12..16].SequenceEqual("IHDR"u8)) return null;
        return ImageHeader.Valid(BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
    }
}
