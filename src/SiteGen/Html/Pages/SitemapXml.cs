using System.Globalization;
using SiteGen.Pipeline;

namespace SiteGen.Html.Pages;

/// <summary>sitemap.xml: the home page and every report page, with the date of the report's latest revision (or its own date) as lastmod.</summary>
internal static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(BuildState state)
    {
        var site = state.Site;
        var reports = state.Reports.OrderByDescending(r => r.Metadata.Date).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList();
        return XmlBytes.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            // lastmod follows the latest revision, so a crawler or portal revisits a corrected report.
            Url(xml, SiteUrls.Base(site), reports.Count == 0 ? null : reports.Max(r => r.Metadata.Modified));
            foreach (var report in reports)
            {
                Url(xml, SiteUrls.Report(site, report.Slug), report.Metadata.Modified);
            }

            xml.WriteEndElement();
        });

        void Url(System.Xml.XmlWriter xml, string location, DateOnly? modified)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, location);
            if (modified is { } date)
            {
                xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }
    }
}
