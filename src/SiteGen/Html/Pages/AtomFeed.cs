using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Pipeline;

namespace SiteGen.Html.Pages;

/// <summary>
/// The Atom feed. Its updated time is the newest report's date, never the build time, so the bytes only
/// change when the content does.
/// </summary>
internal static class AtomFeed
{
    public const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(BuildState state)
    {
        var site = state.Site;
        var reports = state.Reports.OrderByDescending(r => r.Metadata.Date).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList();
        // A correction moves the feed: a portal that polls it learns of the revision.
        var updated = reports.Count == 0 ? new DateOnly(1970, 1, 1) : reports.Max(r => r.Metadata.Modified);
        return XmlBytes.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", Atom, SiteUrls.Base(site));
            // A preview's feed says so in its title: a reader subscribed by mistake sees it at once.
            xml.WriteElementString("title", Atom, site.Preview ? $"{HtmlLanguage.For(site.Language).Preview} | {site.Title}" : site.Title);
            if (!string.IsNullOrWhiteSpace(site.Description))
            {
                xml.WriteElementString("subtitle", Atom, site.Description);
            }

            xml.WriteElementString("updated", Atom, Timestamp(updated));
            Link(xml, "self", SiteUrls.Absolute(site, "feed.xml"), "application/atom+xml");
            Link(xml, "alternate", SiteUrls.Base(site), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Publisher ?? site.Title);
            xml.WriteEndElement();
            foreach (var report in reports)
            {
                var url = SiteUrls.Report(site, report.Slug);
                var record = Model.MetadataRecord.Of(report, site);
                xml.WriteStartElement("entry", Atom);
                if (!string.Equals(report.Metadata.Lang, site.Language, StringComparison.OrdinalIgnoreCase))
                {
                    xml.WriteAttributeString("xml", "lang", null, report.Metadata.Lang);
                }

                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, report.Metadata.Title);
                xml.WriteElementString("published", Atom, Timestamp(record.Issued));
                xml.WriteElementString("updated", Atom, Timestamp(record.Modified));
                Link(xml, "alternate", url, "text/html");
                FeedEnclosures.Write(xml, site, state.FormatsOf(report.Slug));
                Person(xml, "author", record.Creator);
                foreach (var contributor in record.Contributors)
                {
                    Person(xml, "contributor", contributor);
                }

                if (record.Rights is { } rights)
                {
                    xml.WriteElementString("rights", Atom, rights);
                }

                var summary = report.Metadata.Description ?? report.Metadata.Subtitle;
                if (!string.IsNullOrWhiteSpace(summary))
                {
                    xml.WriteElementString("summary", Atom, summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Person(XmlWriter xml, string element, string name)
    {
        xml.WriteStartElement(element, Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }

    public static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

/// <summary>UTF-8 (no byte-order mark), indented, "\n" line ends: the same bytes on every machine.</summary>
internal static class XmlBytes
{
    public static byte[] Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
