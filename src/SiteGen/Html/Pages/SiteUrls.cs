using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>Absolute URLs (canonical, feed, sitemap) and root-relative paths derived from the site's BaseUrl.</summary>
internal static class SiteUrls
{
    public static string Base(SiteSettings site) => site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/";

    public static string Report(SiteSettings site, string slug) => Base(site) + Uri.EscapeDataString(slug) + "/";

    public static string Absolute(SiteSettings site, string relativePath) => Base(site) + EscapePath(relativePath);

    /// <summary>The site's root as a path ("/" or "/reports/"), for pages served at any depth such as 404.html.</summary>
    public static string RootPath(SiteSettings site) =>
        Uri.TryCreate(Base(site), UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    /// <summary>Percent-encodes each segment of a relative path, keeping the slashes.</summary>
    public static string EscapePath(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
}
