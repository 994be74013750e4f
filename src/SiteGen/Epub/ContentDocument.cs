using System.Xml;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// The book's one content document, chapter.xhtml: a title block, the report, its notes; the chapter is a
/// doc-chapter (role and epub:type), and the print edition's page breaks sit where its pages begin.
/// </summary>
internal static class ContentDocument
{
    public const string FileName = "chapter.xhtml";

    public static byte[] Write(Report report, MetadataRecord record, EpubBody body)
    {
        var meta = report.Metadata;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Xhtml.Settings(indent: false)))
        {
            xml.WriteStartDocument();
            xml.WriteWhitespace("\n");
            xml.WriteDocType("html", null, null, null);
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("html", Xhtml.Namespace);
            xml.WriteAttributeString("xmlns", "epub", null, Xhtml.OpsNamespace);
            xml.WriteAttributeString("lang", meta.Lang);
            xml.WriteAttributeString("xml", "lang", null, meta.Lang);
            xml.WriteWhitespace("\n");
            WriteHead(xml, meta.Title);
            xml.WriteStartElement("body", Xhtml.Namespace);
            xml.WriteWhitespace("\n");
            xml.WriteStartElement("section", Xhtml.Namespace);
            xml.WriteAttributeString("epub", "type", Xhtml.OpsNamespace, "bodymatter chapter");
            xml.WriteAttributeString("role", "doc-chapter");
            xml.WriteWhitespace("\n");
            foreach (var marker in body.Pages.BeforeTitle)
            {
                marker.WriteTo(xml);
            }

            WriteTitleBlock(xml, meta, record);
            foreach (var node in body.Article)
            {
                node.WriteTo(xml);
            }

            foreach (var marker in body.Pages.AfterBody)
            {
                marker.WriteTo(xml);
            }

            xml.WriteFullEndElement();
            xml.WriteWhitespace("\n");
            foreach (var node in body.Notes)
            {
                node.WriteTo(xml);
            }

            xml.WriteFullEndElement();
            xml.WriteWhitespace("\n");
            xml.WriteFullEndElement();
            xml.WriteWhitespace("\n");
        }

        return buffer.ToArray();
    }

    private static void WriteHead(XmlWriter xml, string title)
    {
        xml.WriteStartElement("head", Xhtml.Namespace);
        xml.WriteStartElement("meta", Xhtml.Namespace);
        xml.WriteAttributeString("charset", "utf-8");
        xml.WriteEndElement();
        xml.WriteElementString("title", Xhtml.Namespace, title);
        xml.WriteStartElement("link", Xhtml.Namespace);
        xml.WriteAttributeString("rel", "stylesheet");
        xml.WriteAttributeString("type", "text/css");
        xml.WriteAttributeString("href", EpubStylesheet.Href);
        xml.WriteEndElement();
        xml.WriteFullEndElement();
        xml.WriteWhitespace("\n");
    }

    /// <summary>The title as the HTML page's header shows it; no ids, so none can clash with the report's.</summary>
    private static void WriteTitleBlock(XmlWriter xml, ReportMetadata meta, MetadataRecord record)
    {
        xml.WriteStartElement("header", Xhtml.Namespace);
        xml.WriteAttributeString("class", "title-block");
        if (record.PreviewNote is { } preview)
        {
            Paragraph(xml, "preview-banner", preview);
        }

        if (meta.Kicker is { } kicker)
        {
            Paragraph(xml, "kicker", kicker);
        }

        xml.WriteElementString("h1", Xhtml.Namespace, meta.Title);
        if (meta.Subtitle is { } subtitle)
        {
            Paragraph(xml, "subtitle", subtitle);
        }

        if ((meta.Byline ?? meta.Author) is { } byline)
        {
            Paragraph(xml, "byline", byline);
        }

        WriteRevisions(xml, record);

        xml.WriteFullEndElement();
        xml.WriteWhitespace("\n");
    }

    /// <summary>The corrections as the page lists them: "修订于2021年3月1日：…", newest first.</summary>
    private static void WriteRevisions(XmlWriter xml, MetadataRecord record)
    {
        if (record.RevisionNotes.IsEmpty)
        {
            return;
        }

        xml.WriteStartElement("ul", Xhtml.Namespace);
        xml.WriteAttributeString("class", "revisions");
        foreach (var revision in record.RevisionNotes)
        {
            xml.WriteStartElement("li", Xhtml.Namespace);
            xml.WriteStartElement("time", Xhtml.Namespace);
            xml.WriteAttributeString("datetime", revision.DateIso);
            xml.WriteString(revision.Label);
            xml.WriteFullEndElement();
            xml.WriteString(revision.Colon + revision.Note);
            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
    }

    private static void Paragraph(XmlWriter xml, string cssClass, string content)
    {
        xml.WriteStartElement("p", Xhtml.Namespace);
        xml.WriteAttributeString("class", cssClass);
        xml.WriteString(content);
        xml.WriteFullEndElement();
    }
}
