using System.Buffers.Binary;
using System.IO.Compression;
using SiteGen.Diagnostics;
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
    public static Message? Problem(string path, ImageFormat format, PixelSize? size)
    {
        try
        {
            return format switch
            {
                ImageFormat.Png => size is null ? Messages.DamageNoSize.With() : Png(path),
                ImageFormat.Jpeg => size is null ? Messages.DamageNoFrame.With() : Jpeg(path),
                _ => null,
            };
        }
        catch (IOException e)
        {
            return Messages.DamageUnreadable.With(e.Message);
        }
        catch (InvalidDataException)
        {
            return Messages.DamageNoInflate.With();
        }
    }

    private static Message? Png(string path)
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
            if (file.ReadAtLeast(chunkHead, 8, throwOnEndOfStream: false) < 8) return Messages.DamageNoIend.With();
            var length = BinaryPrimitives.ReadUInt32BigEndian(chunkHead);
            if (length > file.Length - file.Position - 4) return Messages.DamageChunkPastEnd.With();
            var type = chunkHead.AsSpan(4, 4).ToArray();
            var data = new byte[length];
            file.ReadExactly(data);
            var crc = new byte[4];
            file.ReadExactly(crc);
            if (Crc32.Append(Crc32.Compute(type), data) != BinaryPrimitives.ReadUInt32BigEndian(crc)) return Messages.DamageChecksum.With(System.Text.Encoding.ASCII.GetString(type));
            if (first && !type.AsSpan().SequenceEqual("IHDR"u8)) return Messages.DamageNoIhdr.With();
            first = false;
            if (type.AsSpan().SequenceEqual("IHDR"u8)) ihdr = data;
            else if (type.AsSpan().SequenceEqual("IDAT"u8)) idat.Write(data);
            else if (type.AsSpan().SequenceEqual("IEND"u8)) break;
        }

        if (idat.Length == 0) return Messages.DamageNoIdat.With();
        return ihdr.Length < 13 ? Messages.DamageShortIhdr.With() : Inflates(idat, ihdr);
    }

    private static Message? Inflates(MemoryStream idat, byte[] ihdr)
    {
        long width = BinaryPrimitives.ReadUInt32BigEndian(ihdr), height = BinaryPrimitives.ReadUInt32BigEndian(ihdr.AsSpan(4));
        int depth = ihdr[8], colour = ihdr[9], interlace = ihdr[12];
        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0) return Messages.DamageColourType.With(colour);
        var expected = height * (1 + (width * channels * depth + 7) / 8);
        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = inflater.Read(buffer)) > 0 && total <= expected) total += read;
        // Interlaced images hold more rows (seven passes); only a shortfall against the plain size is damage then.
        return total < expected && interlace == 0 ? Messages.DamageDataShort.With() : null;
    }

    private static ReadOnlySpan<byte> EndOfImage => [0xFF, 0xD9];

    private static Message? Jpeg(string path)
    {
        using var file = File.OpenRead(path);
        var bytes = new byte[Math.Min(file.Length, 4096)];
        file.Position = file.Length - bytes.Length;
        file.ReadExactly(bytes);
        // Some cameras write bytes after the end-of-image marker; it only has to be near the end.
        return bytes.AsSpan().IndexOf(EndOfImage) < 0 ? Messages.DamageNoEoi.With() : null;
    }
}
