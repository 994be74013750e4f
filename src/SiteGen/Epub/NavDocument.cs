using System.Collections.Immutable;
using System.Xml;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>nav.xhtml: the table of contents from the report's headings, the print edition's page list, landmarks.</summary>
internal static class NavDocument
{
    public const string FileName = "nav.xhtml";

    public static byte[] Write(Report report, IEnumerable<(int Level, string Id, string Text)> headings, EpubText text,
        IReadOnlyList<(string Label, string Id)>? pages = null)
    {
        var meta = report.Metadata;
        var entries = NavEntry.Tree(headings);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Xhtml.Settings(indent: true)))
        {
            xml.WriteStartDocument();
            xml.WriteDocType("html", null, null, null);
            xml.WriteStartElement("html", Xhtml.Namespace);
            xml.WriteAttributeString("xmlns", "epub", null, Xhtml.OpsNamespace);
            xml.WriteAttributeString("lang", meta.Lang);
            xml.WriteAttributeString("xml", "lang", null, meta.Lang);
            xml.WriteStartElement("head", Xhtml.Namespace);
            xml.WriteStartElement("meta", Xhtml.Namespace);
            xml.WriteAttributeString("charset", "utf-8");
            xml.WriteEndElement();
            xml.WriteElementString("title", Xhtml.Namespace, $"{meta.Title} · {text.Contents}");
            xml.WriteFullEndElement();
            xml.WriteStartElement("body", Xhtml.Namespace);

            xml.WriteStartElement("nav", Xhtml.Namespace);
            xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, "toc");
            xml.WriteAttributeString("id", "toc");
            xml.WriteAttributeString("role", "doc-toc");
            xml.WriteElementString("h1", Xhtml.Namespace, text.Contents);
            if (entries.IsEmpty)
            {
                // A nav list may not be empty: a report without headings gets one entry, its title.
                entries = [new NavEntry("", meta.Title, 1, [])];
            }

            WriteList(xml, entries);
            xml.WriteFullEndElement();

            if (pages is { Count: > 0 })
            {
                WritePageList(xml, pages, text);
            }

            WriteLandmarks(xml, meta.Title, text);
            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteList(XmlWriter xml, ImmutableArray<NavEntry> entries)
    {
        xml.WriteStartElement("ol", Xhtml.Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("li", Xhtml.Namespace);
            Link(xml, entry.Id.Length == 0 ? ContentDocument.FileName : $"{ContentDocument.FileName}#{entry.Id}", entry.Text);
            if (!entry.Children.IsEmpty)
            {
                WriteList(xml, entry.Children);
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
    }

    /// <summary>The print edition's pages, so a reader can go to, and cite, a printed page number.</summary>
    private static void WritePageList(XmlWriter xml, IReadOnlyList<(string Label, string Id)> pages, EpubText text)
    {
        xml.WriteStartElement("nav", Xhtml.Namespace);
        xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, "page-list");
        xml.WriteAttributeString("role", "doc-pagelist");
        xml.WriteAttributeString("aria-label", text.PrintPages);
        xml.WriteAttributeString("hidden", "hidden");
        xml.WriteStartElement("ol", Xhtml.Namespace);
        foreach (var (label, id) in pages)
        {
            xml.WriteStartElement("li", Xhtml.Namespace);
            Link(xml, $"{ContentDocument.FileName}#{id}", label);
            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }

    private static void WriteLandmarks(XmlWriter xml, string title, EpubText text)
    {
        xml.WriteStartElement("nav", Xhtml.Namespace);
        xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, "landmarks");
        xml.WriteAttributeString("hidden", "hidden");
        xml.WriteStartElement("ol", Xhtml.Namespace);
        foreach (var (type, href, label) in new[]
                 {
                     ("toc", NavDocument.FileName + "#toc", text.Contents),
                     ("bodymatter", ContentDocument.FileName, title),
                 })
        {
            xml.WriteStartElement("li", Xhtml.Namespace);
            xml.WriteStartElement("a", Xhtml.Namespace);
            xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, type);
            xml.WriteAttributeString("href", href);
            xml.WriteString(label);
            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }

    private static void Link(XmlWriter xml, string href, string label)
    {
        xml.WriteStartElement("a", Xhtml.Namespace);
        xml.WriteAttributeString("href", href);
        xml.WriteString(label);
        xml.WriteFullEndElement();
    }
}
