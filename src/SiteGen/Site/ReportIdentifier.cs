using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Site;

/// <summary>
/// A report's permanent identifier: a name-based UUID (RFC 9562 version 5, URL namespace) of the report's URL
/// on the published site, so every build, on any machine, names the same report the same way.
/// </summary>
public static class ReportIdentifier
{
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The report's page URL: the site's base URL (with a final "/") plus the slug and "/".</summary>
    public static string UrlOf(SiteSettings site, string slug) => BaseOf(site) + slug + "/";

    /// <summary>The site's base URL with a final "/": the archive's home and the collection every report is part of.</summary>
    public static string BaseOf(SiteSettings site) => site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/";

    public static string UrnOf(SiteSettings site, string slug) => "urn:uuid:" + NameBasedUuid(UrlOf(site, slug));

    internal static string NameBasedUuid(string name)
    {
        var namespaceBytes = UrlNamespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. namespaceBytes, .. nameBytes]);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
