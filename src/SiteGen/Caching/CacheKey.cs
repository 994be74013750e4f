using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Caching;

/// <summary>
/// Builds a content hash from labelled parts. Each part is length-prefixed so ("ab","c") and ("a","bc")
/// never collide; the result is lowercase hex, usable as a folder name.
/// </summary>
public sealed class CacheKey
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public CacheKey Add(string label, string? value) => Add(label, Encoding.UTF8.GetBytes(value ?? "\u0000null"));

    public CacheKey Add(string label, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[8];
        WritePart(Encoding.UTF8.GetBytes(label));
        BitConverter.TryWriteBytes(length, (long)value.Length);
        _hash.AppendData(length);
        _hash.AppendData(value);
        return this;
    }

    /// <summary>A file's bytes, or a marker when it is missing (so creating it later changes the key).</summary>
    public CacheKey AddFile(string label, string fullPath) =>
        File.Exists(fullPath) ? Add(label, File.ReadAllBytes(fullPath)) : Add(label, "\u0000missing");

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    private void WritePart(byte[] bytes)
    {
        Span<byte> length = stackalloc byte[8];
        BitConverter.TryWriteBytes(length, (long)bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
    }
}
