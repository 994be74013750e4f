using System.Net;
using System.Net.Sockets;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Site;

/// <summary>
/// Decides, once, which base URL a build uses. A publication build needs the real address: every canonical link,
/// the feed, the sitemap and each report's permanent identifier (a UUID of base_url + slug) are made from it, so a
/// placeholder or local one published once is wrong forever. A preview (`serve`, `build --preview`) uses a local
/// address instead and is marked as a preview in every file that carries it.
/// </summary>
public static class PublicationAddress
{
    private static readonly string[] ReservedExampleDomains = ["example.org", "example.com", "example.net"];
    private static readonly string[] ReservedSuffixes = ["test", "invalid", "example", "localhost", "local", "internal", "home.arpa"];

    public static SiteSettings Apply(SiteSettings site, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.Preview)
        {
            // site.yml's own address only when it is a local one; a real one is replaced, so a preview never
            // carries the identifiers of the publication it previews.
            var local = site.BaseUrlAt is not null && site.BaseUrl.Length > 0 && Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var given) && IsThisComputer(given.Host);
            return site with { BaseUrl = local ? site.BaseUrl : WithSlash(options.PreviewBaseUrl), Preview = true };
        }

        if (site.BaseUrlAt is not { } at || site.BaseUrl.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.BaseUrlNotPublishable, Messages.BaseUrlMissing.With(),
                site.BaseUrlAt ?? SourceLocation.FileOnly(SiteSettingsReader.FileName));
        }
        else if (WhyNotPublishable(site.BaseUrl) is { } reason)
        {
            diagnostics.Error(DiagnosticCodes.BaseUrlNotPublishable, Messages.BaseUrlNotPublishable.With(MessageText.Value(site.BaseUrl), reason), at);
        }

        return site;
    }

    /// <summary>Why an absolute http(s) URL cannot be a published site's address, or null when it can.</summary>
    public static Message? WhyNotPublishable(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null; // SiteSettingsReader has said so already, at the same line
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return Messages.AddressExtraParts.With();
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (IsThisComputer(host))
        {
            return Messages.AddressThisComputer.With();
        }

        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip))
        {
            return IsLinkLocal(ip) ? Messages.AddressLinkLocal.With() : null;
        }

        if (ReservedExampleDomains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)))
        {
            return Messages.AddressReservedExample.With();
        }

        if (ReservedSuffixes.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal)))
        {
            return Messages.AddressReservedName.With();
        }

        return host.Contains('.', StringComparison.Ordinal) ? null : Messages.AddressNoDomain.With();
    }

    private static bool IsThisComputer(string host)
    {
        host = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var ip)
            && (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)
                || ip.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(ip.MapToIPv4()));
    }

    private static bool IsLinkLocal(IPAddress ip) =>
        ip.AddressFamily == AddressFamily.InterNetworkV6 ? ip.IsIPv6LinkLocal : ip.GetAddressBytes() is [169, 254, _, _];

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
