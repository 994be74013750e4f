using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SiteGen.EndToEnd.Archive;

/// <summary>
/// Writes a zip bomb at test time without ever holding (or even computing) what it unpacks to: a deflate
/// stream of zeros is made of one sync-flushed piece per MiB, and every piece after the first is the same
/// bytes, so the stream is that piece repeated. Empty stored blocks (5 bytes, no output) pad the stream to a
/// chosen compression ratio. Sizes are declared honestly; the CRC is left 0, as nothing reads that far.
/// </summary>
internal static class ZipBomb
{
    private const int MiB = 1 << 20;
    private static readonly byte[] EmptyStoredBlock = [0x00, 0x00, 0x00, 0xFF, 0xFF];

    /// <param name="ratio">Unpacked bytes per compressed byte; 0 for as small as deflate makes it (about 1000:1).</param>
    public static void Write(string path, IReadOnlyList<string> names, int mebibytesEach, int ratio = 0)
    {
        var (first, repeated, last) = Pieces();
        var padding = ratio == 0 ? 0 : Math.Max(0, (MiB / ratio - repeated.Length) / EmptyStoredBlock.Length);
        var central = new MemoryStream();
        using var file = File.Create(path);
        foreach (var name in names)
        {
            var offset = file.Position;
            var nameBytes = Encoding.ASCII.GetBytes(name);
            var compressed = first.Length + (long)(mebibytesEach - 1) * repeated.Length + last.Length + (long)mebibytesEach * padding * EmptyStoredBlock.Length;
            var length = (long)mebibytesEach * MiB;
            file.Write(Header(0x04034b50, nameBytes, compressed, length, offset: null));
            for (var i = 0; i < mebibytesEach; i++)
            {
                file.Write(i == 0 ? first : repeated);
                for (var p = 0; p < padding; p++)
                {
                    file.Write(EmptyStoredBlock);
                }
            }

            file.Write(last);
            central.Write(Header(0x02014b50, nameBytes, compressed, length, offset));
        }

        var centralAt = file.Position;
        central.Position = 0;
        central.CopyTo(file);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)names.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)names.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), checked((uint)central.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), checked((uint)centralAt));
        file.Write(end);
    }

    /// <summary>The first MiB's piece, the piece every later MiB repeats, and the final empty block.</summary>
    private static (byte[] First, byte[] Repeated, byte[] Last) Pieces()
    {
        var zeros = new byte[MiB];
        using var buffer = new MemoryStream();
        using var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true);
        byte[] Take()
        {
            var bytes = buffer.ToArray();
            buffer.Position = 0;
            buffer.SetLength(0);
            return bytes;
        }

        deflate.Write(zeros);
        deflate.Flush(); // a sync flush: the piece ends on a byte boundary with an empty stored block
        var first = Take();
        deflate.Write(zeros);
        deflate.Flush();
        var repeated = Take();
        deflate.Dispose();
        return (first, repeated, Take());
    }

    private static byte[] Header(uint signature, byte[] name, long compressed, long length, long? offset)
    {
        var central = offset is not null;
        var fixedPart = central ? 46 : 30;
        var header = new byte[fixedPart + name.Length];
        var at = central ? 2 : 0; // the central header has "version made by" first
        BinaryPrimitives.WriteUInt32LittleEndian(header, signature);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4 + at), 20);  // version needed
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8 + at), 8);   // deflate
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12 + at), 0x21); // 1980-01-01
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18 + at), checked((uint)compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22 + at), checked((uint)length));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26 + at), (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 20); // made by: MS-DOS, so no unix mode
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(42), checked((uint)offset!.Value));
        }

        name.CopyTo(header, fixedPart);
        return header;
    }
}
