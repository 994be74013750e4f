using System.Security.Cryptography;

namespace SiteGen.Archive;

internal static class Sha256
{
    public static string Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
