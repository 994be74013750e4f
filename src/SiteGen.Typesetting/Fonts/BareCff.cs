using System.Buffers.Binary;

namespace SiteGen.Typesetting.Fonts;

/// <summary>
/// Takes the 'CFF ' table out of a CFF-flavoured OpenType subset, to embed as /FontFile3 /Subtype /CIDFontType0C:
/// the cmap, layout and metrics tables around it are never read by a PDF viewer (widths come from /W, text from
/// ToUnicode). Our subsets renumber their glyphs, while a CID-keyed CFF keeps the original CIDs in its charset; a PDF
/// viewer selects glyphs by CID, and PDFsharp writes glyph ids as codes, so the charset is replaced by the identity
/// (CID n is glyph n). The new charset goes at the end of the table and the Top DICT's 4-byte offset is patched in place.
/// </summary>
internal static class BareCff
{
    private const int CharsetOperator = 15;
    private const int RosOperator = 12 << 8 | 30;

    /// <summary>The bare CFF of <paramref name="openType"/>, or null when it is not an 'OTTO' font we can rewrite.</summary>
    public static byte[]? FromOpenType(ReadOnlySpan<byte> openType)
    {
        if (openType.Length < 12 || !openType[..4].SequenceEqual("OTTO"u8)) return null;
        var cff = Table(openType, "CFF ");
        var maxp = Table(openType, "maxp");
        if (cff.IsEmpty || maxp.Length < 6) return null;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        return WithIdentityCharset(cff, glyphs);
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        var want = (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
        int count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = font[(12 + 16 * i)..];
            if (BinaryPrimitives.ReadUInt32BigEndian(record) != want) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            return offset + length <= font.Length ? font.Slice(offset, length) : [];
        }
        return [];
    }

    /// <summary>A name-keyed CFF already selects by glyph index and is returned as is.</summary>
    private static byte[]? WithIdentityCharset(ReadOnlySpan<byte> cff, int glyphs)
    {
        int headerSize = cff[2];
        var topDictIndex = SkipIndex(cff, headerSize);
        var (dictStart, dictEnd) = FirstEntry(cff, topDictIndex);
        var (charsetOperand, cid) = FindCharsetOperand(cff[dictStart..dictEnd]);
        if (!cid) return cff.ToArray();
        // hb-subset writes offsets as 5-byte integers (29 + int32); anything else we would have to re-lay out.
        if (charsetOperand < 0 || cff[dictStart + charsetOperand] != 29) return null;
        var charset = IdentityCharset(glyphs);
        var output = new byte[cff.Length + charset.Length];
        cff.CopyTo(output);
        charset.CopyTo(output, cff.Length);
        BinaryPrimitives.WriteInt32BigEndian(output.AsSpan(dictStart + charsetOperand + 1), cff.Length);
        return output;
    }

    /// <summary>Format 2, one range: glyph 1.. gets CID 1..; glyph 0 is always .notdef (CID 0).</summary>
    private static byte[] IdentityCharset(int glyphs)
    {
        if (glyphs <= 1) return [0];
        var charset = new byte[5];
        charset[0] = 2;
        BinaryPrimitives.WriteUInt16BigEndian(charset.AsSpan(1), 1);
        BinaryPrimitives.WriteUInt16BigEndian(charset.AsSpan(3), (ushort)(glyphs - 2));
        return charset;
    }

    /// <summary>Where the INDEX at <paramref name="at"/> ends.</summary>
    private static int SkipIndex(ReadOnlySpan<byte> cff, int at)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cff[at..]);
        if (count == 0) return at + 2;
        int offSize = cff[at + 2];
        var last = Offset(cff[(at + 3 + count * offSize)..], offSize);
        return at + 3 + (count + 1) * offSize + last - 1;
    }

    private static (int Start, int End) FirstEntry(ReadOnlySpan<byte> cff, int at)
    {
        int offSize = cff[at + 2];
        var data = at + 3 + (BinaryPrimitives.ReadUInt16BigEndian(cff[at..]) + 1) * offSize - 1;
        return (data + Offset(cff[(at + 3)..], offSize), data + Offset(cff[(at + 3 + offSize)..], offSize));
    }

    private static int Offset(ReadOnlySpan<byte> b, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++) value = value << 8 | b[i];
        return value;
    }

    /// <summary>Walks the Top DICT: the position of the charset operator's operand, and whether the font is CID-keyed (has ROS).</summary>
    private static (int CharsetOperand, bool Cid) FindCharsetOperand(ReadOnlySpan<byte> dict)
    {
        var charset = -1;
        var cid = false;
        var operandStart = -1;
        var i = 0;
        while (i < dict.Length)
        {
            int b = dict[i];
            if (b <= 21)
            {
                var op = b == 12 ? 12 << 8 | dict[i + 1] : b;
                if (op == CharsetOperator) charset = operandStart;
                if (op == RosOperator) cid = true;
                i += b == 12 ? 2 : 1;
                operandStart = -1;
                continue;
            }
            operandStart = i; // the last operand before an operator; charset takes exactly one
            i += b switch
            {
                28 => 3,
                29 => 5,
                30 => RealLength(dict[i..]),
                >= 32 and <= 246 => 1,
                >= 247 and <= 254 => 2,
                _ => throw new InvalidDataException($"Unexpected byte {b} in a CFF Top DICT."),
            };
        }
        return (charset, cid);
    }

    private static int RealLength(ReadOnlySpan<byte> real)
    {
        for (var i = 1; i < real.Length; i++)
            if ((real[i] & 0x0F) == 0x0F || (real[i] & 0xF0) == 0xF0) return i + 1;
        return real.Length;
    }
}
