using System.Globalization;
using System.Xml;
using SiteGen.Output;
using SiteGen.Site;

namespace SiteGen.Html.Pages;

/// <summary>
/// Each downloadable format of a report (every PDF edition, the EPUB, the bag) as an Atom enclosure link with
/// its absolute URL, MIME type and length in bytes, so a portal can fetch and check them from the feed alone.
/// </summary>
internal static class FeedEnclosures
{
    public static void Write(XmlWriter xml, SiteSettings site, IEnumerable<ReportFormat> formats)
    {
        foreach (var format in formats.Where(f => f.Kind != FormatKinds.Html && f.Size is not null))
        {
            xml.WriteStartElement("link", AtomFeed.Atom);
            xml.WriteAttributeString("rel", "enclosure");
            xml.WriteAttributeString("type", format.MediaType);
            xml.WriteAttributeString("length", format.Size!.Value.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", format.Label);
            xml.WriteAttributeString("href", SiteUrls.Absolute(site, format.Path));
            xml.WriteEndElement();
        }
    }
}
