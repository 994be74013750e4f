namespace SiteGen.Archive;

/// <summary>RFC 8493 §2.1.3: in manifests, CR, LF and % in a file path are percent-encoded.</summary>
internal static class BagPaths
{
    public static string Encode(string path) =>
        path.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Decode(string path) =>
        path.Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase)
            .Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("%25", "%", StringComparison.Ordinal);
}
