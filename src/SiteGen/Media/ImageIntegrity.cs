using System.Buffers.Binary;
using System.IO.Compression;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Media;

/// <summary>
/// Whether a PNG or JPEG is whole enough to decode, checked at ingestion so a damaged file is one located
/// error instead of a decoder failing deep inside a PDF edition. PNG: every chunk inside the file with a
/// matching CRC, IHDR first, IDAT present, IEND last, and the image data inflating to the size the header
/// promises (read through a small buffer, never held, and never past that size). JPEG: a frame header, a
/// scan and an end-of-image marker.
/// </summary>
internal static class ImageIntegrity
{
    /// <summary>What is wrong with the file, in a few words; null when it looks whole (or is another type).</summary>
    public static string? Problem(string path, ImageFormat format, PixelSize? size)
    {
        try
        {
            return format switch
            {
                ImageFormat.Png => size is null ? "its header has no valid size" : Png(path),
                ImageFormat.Jpeg => size is null ? "it has no frame header (the file may be cut short)" : Jpeg(path),
                _ => null,
            };
        }
        catch (IOException e)
        {
            return $"it could not be read ({e.Message})";
        }
        catch (InvalidDataException)
        {
            return "its image data does not inflate";
        }
    }

    private static string? Png(string path)
    {
        using var file = File.OpenRead(path);
        var header = new byte[8];
        file.ReadExactly(header);
        var idat = new MemoryStream();
        var chunkHead = new byte[8];
        byte[] ihdr = [];
        var first = true;
        while (true)
        {
            if (file.ReadAtLeast(chunkHead, 8, throwOnEndOfStream: false) < 8) return "it ends before its IEND chunk (the file is cut short)";
            var length = BinaryPrimitives.ReadUInt32BigEndian(chunkHead);
            if (length > file.Length - file.Position - 4) return "a chunk runs past the end of the file (the file is cut short)";
            var type = chunkHead.AsSpan(4, 4).ToArray();
            var data = new byte[length];
            file.ReadExactly(data);
            var crc = new byte[4];
            file.ReadExactly(crc);
            if (Crc32.Append(Crc32.Compute(type), data) != BinaryPrimitives.ReadUInt32BigEndian(crc)) return $"the checksum of its {System.Text.Encoding.ASCII.GetString(type)} chunk is wrong";
            if (first && !type.AsSpan().SequenceEqual("IHDR"u8)) return "it does not start with IHDR";
            first = false;
            if (type.AsSpan().SequenceEqual("IHDR"u8)) ihdr = data;
            else if (type.AsSpan().SequenceEqual("IDAT"u8)) idat.Write(data);
            else if (type.AsSpan().SequenceEqual("IEND"u8)) break;
        }

        if (idat.Length == 0) return "it has no image data (IDAT)";
        return ihdr.Length < 13 ? "its IHDR chunk is too short" : Inflates(idat, ihdr);
    }

    private static string? Inflates(MemoryStream idat, byte[] ihdr)
    {
        long width = BinaryPrimitives.ReadUInt32BigEndian(ihdr), height = BinaryPrimitives.ReadUInt32BigEndian(ihdr.AsSpan(4));
        int depth = ihdr[8], colour = ihdr[9], interlace = ihdr[12];
        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0) return $"its colour type {colour} is not one PNG defines";
        var expected = height * (1 + (width * channels * depth + 7) / 8);
        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = inflater.Read(buffer)) > 0 && total <= expected) total += read;
        // Interlaced images hold more rows (seven passes); only a shortfall against the plain size is damage then.
        return total < expected && interlace == 0 ? "its image data is cut short" : null;
    }

    private static ReadOnlySpan<byte> EndOfImage => [0xFF, 0xD9];

    private static string? Jpeg(string path)
    {
        using var file = File.OpenRead(path);
        var bytes = new byte[Math.Min(file.Length, 4096)];
        file.Position = file.Length - bytes.Length;
        file.ReadExactly(bytes);
        // Some cameras write bytes after the end-of-image marker; it only has to be near the end.
        return bytes.AsSpan().IndexOf(EndOfImage) < 0 ? "it has no end-of-image marker (the file is cut short)" : null;
    }
}
