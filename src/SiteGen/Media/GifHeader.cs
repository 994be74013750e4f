using System.Buffers.Binary;
using SiteGen.Model;

namespace SiteGen.Media;

/// <summary>GIF87a/GIF89a: the logical screen's width and height (little-endian) follow the six-byte signature.</summary>
internal static class GifHeader
{
    public static bool Is(ReadOnlySpan<byte> head) => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8);

    public static PixelSize? Read(ReadOnlySpan<byte> head) =>
        head.Length < 10 ? null : ImageHeader.Valid(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
}
