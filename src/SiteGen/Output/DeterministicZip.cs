using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.Output;

/// <summary>
/// Writes zips whose bytes depend only on the entries: caller's order, one fixed timestamp, fixed Unix
/// permissions and "made by", no extra fields or comments. System.IO.Compression's writer stamps the host OS
/// into the central directory, so the same build on another OS would differ; this writer does not.
/// </summary>
public static class DeterministicZip
{
    private const ushort MadeByUnix = (3 << 8) | 20;
    private const uint RegularFileMode = 0x81A4; // S_IFREG | 0644
    private const ushort Utf8NamesFlag = 1 << 11;

    public static byte[] Create(IEnumerable<ZipItem> items, DateOnly timestamp)
    {
        using var output = new MemoryStream();
        Write(output, items.Select(i => i.ToSource()), timestamp);
        return output.ToArray();
    }

    /// <summary>Writes the zip forward only to <paramref name="output"/>, whose Position must count the bytes written.</summary>
    public static void Write(Stream output, IEnumerable<ZipSource> items, DateOnly timestamp)
    {
        var (dosTime, dosDate) = DosDateTime(timestamp);
        using var central = new MemoryStream();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var item in items)
        {
            if (!names.Add(item.Name))
            {
                throw new ArgumentException($"zip entry '{item.Name}' added twice", nameof(items));
            }

            var offset = checked((uint)output.Position);
            var entry = item.Store ? Stored(item) : Prepare(item);
            WriteLocalHeader(output, entry, dosTime, dosDate);
            if (entry.Data is { } data)
            {
                output.Write(data);
            }
            else
            {
                using var source = item.Open();
                source.CopyTo(output, 1 << 16);
            }

            WriteCentralHeader(central, entry, dosTime, dosDate, offset);
            count++;
        }

        var centralOffset = checked((uint)output.Position);
        central.Position = 0;
        central.CopyTo(output);
        WriteEnd(output, checked((ushort)count), checked((uint)central.Length), centralOffset);
    }

    /// <summary>DOS dates start in 1980; earlier dates are clamped to 1980-01-01.</summary>
    private static (ushort Time, ushort Date) DosDateTime(DateOnly date)
    {
        if (date.Year < 1980)
        {
            date = new DateOnly(1980, 1, 1);
        }

        return (0, (ushort)(((date.Year - 1980) << 9) | (date.Month << 5) | date.Day));
    }

    /// <summary>An entry to deflate, read into memory once (pages, stylesheets, Markdown: small); kept stored if deflate does not shrink it.</summary>
    private static PreparedEntry Prepare(ZipSource item)
    {
        var name = Encoding.UTF8.GetBytes(item.Name);
        var flags = item.Name.All(char.IsAscii) ? (ushort)0 : Utf8NamesFlag;
        byte[] content;
        using (var source = item.Open())
        using (var buffer = new MemoryStream())
        {
            source.CopyTo(buffer);
            content = buffer.ToArray();
        }

        var crc = Crc32.Compute(content);
        var deflated = Deflate(content);
        return deflated.Length < content.Length
            ? new PreparedEntry(name, flags, 8, 20, crc, deflated, checked((uint)deflated.Length), checked((uint)content.Length))
            : new PreparedEntry(name, flags, 0, 10, crc, content, checked((uint)content.Length), checked((uint)content.Length));
    }

    /// <summary>A stored entry: one pass for its CRC and size now, its bytes copied later (Data stays null).</summary>
    private static PreparedEntry Stored(ZipSource item)
    {
        var name = Encoding.UTF8.GetBytes(item.Name);
        var flags = item.Name.All(char.IsAscii) ? (ushort)0 : Utf8NamesFlag;
        var crc = 0u;
        long size = 0;
        var buffer = new byte[1 << 16];
        using (var source = item.Open())
        {
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                crc = Crc32.Append(crc, buffer.AsSpan(0, read));
                size += read;
            }
        }

        return new PreparedEntry(name, flags, 0, 10, crc, null, checked((uint)size), checked((uint)size));
    }

    private static byte[] Deflate(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return buffer.ToArray();
    }

    private static void WriteLocalHeader(Stream s, PreparedEntry e, ushort time, ushort date)
    {
        U32(s, 0x04034B50);
        U16(s, e.VersionNeeded);
        U16(s, e.Flags);
        U16(s, e.Method);
        U16(s, time);
        U16(s, date);
        U32(s, e.Crc);
        U32(s, e.CompressedSize);
        U32(s, e.Size);
        U16(s, checked((ushort)e.Name.Length));
        U16(s, 0);
        s.Write(e.Name);
    }

    private static void WriteCentralHeader(Stream s, PreparedEntry e, ushort time, ushort date, uint offset)
    {
        U32(s, 0x02014B50);
        U16(s, MadeByUnix);
        U16(s, e.VersionNeeded);
        U16(s, e.Flags);
        U16(s, e.Method);
        U16(s, time);
        U16(s, date);
        U32(s, e.Crc);
        U32(s, e.CompressedSize);
        U32(s, e.Size);
        U16(s, checked((ushort)e.Name.Length));
        U16(s, 0); // extra
        U16(s, 0); // comment
        U16(s, 0); // disk
        U16(s, 0); // internal attributes
        U32(s, RegularFileMode << 16);
        U32(s, offset);
        s.Write(e.Name);
    }

    private static void WriteEnd(Stream s, ushort count, uint centralSize, uint centralOffset)
    {
        U32(s, 0x06054B50);
        U16(s, 0);
        U16(s, 0);
        U16(s, count);
        U16(s, count);
        U32(s, centralSize);
        U32(s, centralOffset);
        U16(s, 0);
    }

    private static void U16(Stream s, ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        s.Write(bytes);
    }

    private static void U32(Stream s, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        s.Write(bytes);
    }

    /// <param name="Data">The bytes to write, or null to copy the source again (stored entries).</param>
    private sealed record PreparedEntry(byte[] Name, ushort Flags, ushort Method, ushort VersionNeeded, uint Crc, byte[]? Data, uint CompressedSize, uint Size);
}
