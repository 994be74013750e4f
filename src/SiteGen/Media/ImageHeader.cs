using SiteGen.Model;

namespace SiteGen.Media;

/// <summary>
/// An image's pixel size from its header, without decoding it: PNG (IHDR), JPEG (the SOFn frame header),
/// GIF (logical screen) and simple SVG (width/height in px, or the viewBox). Null when the file says nothing
/// plain enough: the page then omits width and height rather than guess.
/// </summary>
internal static class ImageHeader
{
    /// <summary>Bytes read up front: every format's size sits in them, except a JPEG with large metadata segments.</summary>
    private const int Prefix = 64 * 1024;

    public static PixelSize? ReadFile(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Read(file);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The file's type and size from its header; nothing is decoded. Unknown, null when unreadable.</summary>
    public static (ImageFormat Format, PixelSize? Size) ProbeFile(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var buffer = new byte[Prefix];
            var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = buffer.AsSpan(0, length);
            if (PngHeader.Is(head)) return (ImageFormat.Png, PngHeader.Read(head));
            if (GifHeader.Is(head)) return (ImageFormat.Gif, GifHeader.Read(head));
            if (JpegHeader.Is(head))
            {
                file.Position = 0;
                return (ImageFormat.Jpeg, JpegHeader.Read(file));
            }

            if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return (ImageFormat.WebP, null);
            var svg = SvgHeader.Read(head);
            return svg is not null || path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? (ImageFormat.Svg, svg) : (ImageFormat.Unknown, null);
        }
        catch (IOException)
        {
            return (ImageFormat.Unknown, null);
        }
        catch (UnauthorizedAccessException)
        {
            return (ImageFormat.Unknown, null);
        }
    }

    public static PixelSize? Read(Stream stream)
    {
        var buffer = new byte[Prefix];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, length);
        if (PngHeader.Is(head)) return PngHeader.Read(head);
        if (GifHeader.Is(head)) return GifHeader.Read(head);
        if (JpegHeader.Is(head)) return JpegHeader.Read(stream);
        return SvgHeader.Read(head);
    }

    internal static PixelSize? Valid(long width, long height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new PixelSize((int)width, (int)height) : null;
}
