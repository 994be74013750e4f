using System.Buffers.Binary;
using System.Text;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// Rebuilds an sfnt (TrueType/OpenType) file with a new 'name' table. PDFsharp caches fonts process-wide by the
/// names inside the file, so every subset gets a unique name; otherwise two subsets of one face collide.
/// </summary>
internal static class SfntRenamer
{
    public static byte[] Rename(byte[] font, string name)
    {
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<Table>();
        for (var i = 0; i < numTables; i++)
        {
            var rec = font.AsSpan(12 + 16 * i);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(rec);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]);
            tables.Add(new Table(tag, font.AsSpan(offset, length).ToArray()));
        }
        var nameTag = Tag("name");
        tables.RemoveAll(t => t.Tag == nameTag);
        tables.Add(new Table(nameTag, NameTable(name)));
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        return Write(BinaryPrimitives.ReadUInt32BigEndian(font), tables);
    }

    private static byte[] NameTable(string name)
    {
        var value = Encoding.BigEndianUnicode.GetBytes(name);
        ushort[] ids = [1, 2, 3, 4, 6];
        var strings = new List<byte[]>();
        using var ms = new MemoryStream();
        void U16(int v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); ms.Write(b); }
        U16(0);
        U16(ids.Length);
        U16(6 + 12 * ids.Length);
        var offset = 0;
        foreach (var id in ids)
        {
            var text = id == 2 ? Encoding.BigEndianUnicode.GetBytes("Regular") : value;
            U16(3); U16(1); U16(0x409); U16(id); U16(text.Length); U16(offset);
            strings.Add(text);
            offset += text.Length;
        }
        foreach (var s in strings) ms.Write(s);
        return ms.ToArray();
    }

    private static byte[] Write(uint version, List<Table> tables)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * n;
        var total = headerLength + tables.Sum(t => (t.Data.Length + 3) & ~3);
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(n * 16 - searchRange));
        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < n; i++)
        {
            var (tag, data) = tables[i];
            if (tag == Tag("head"))
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0);
                headOffset = offset;
            }
            data.CopyTo(output, offset);
            var rec = span[(12 + 16 * i)..];
            BinaryPrimitives.WriteUInt32BigEndian(rec, tag);
            BinaryPrimitives.WriteUInt32BigEndian(rec[4..], Checksum(output.AsSpan(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(rec[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(rec[12..], (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(output)));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        return sum;
    }

    /// <summary>One table of the font. A class, not a value tuple: generic code over a struct (List, LINQ, Dictionary of a tuple) is an instantiation
    /// ReadyToRun cannot precompile, so every process JIT-compiled it (~24 methods).</summary>
    private sealed record Table(uint Tag, byte[] Data);

    private static uint Tag(string s) => (uint)(s[0] << 24 | s[1] << 16 | s[2] << 8 | s[3]);
}
