using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Headers on every preview response: no sniffing of media types, no caching, and on documents that can
/// run script (HTML, SVG, any XML: an XML document may hold XHTML script) a Content-Security-Policy that allows the site's own files and the live-reload
/// script and event stream, and nothing inline or from elsewhere. The built site has no inline script or
/// style of its own (JSON-LD is data, not script), and the overlay's style is a file too. PDFs get no
/// policy: Chromium shows them in a plugin frame that object-src 'none' would block.
/// </summary>
internal static class ResponseHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    public static void Common(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
    }

    public static void ForType(HttpResponse response, string contentType)
    {
        var mediaType = contentType.Split(';')[0];
        if (mediaType.Contains("html", StringComparison.Ordinal) || mediaType.Contains("xml", StringComparison.Ordinal))
        {
            response.Headers.ContentSecurityPolicy = Policy;
        }
    }
}
