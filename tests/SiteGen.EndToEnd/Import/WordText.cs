using System.IO.Compression;
using System.Xml.Linq;

namespace SiteGen.EndToEnd.Import;

/// <summary>
/// The text of a .docx and of a built EPUB chapter, read straight from their XML (not through SiteGen's importer
/// nor the Open XML SDK), so the comparison does not share the code it checks.
/// </summary>
internal static class WordText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    /// <summary>Each non-empty paragraph of the body (tables included), then of the footnotes and endnotes, whitespace removed.</summary>
    public static List<string> DocxParagraphs(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        var result = new List<string>();
        foreach (var (part, element) in new[] { ("word/document.xml", "body"), ("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote") })
        {
            if (zip.GetEntry(part) is not { } entry)
            {
                continue;
            }

            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            var containers = element == "body" ? xml.Descendants(W + "body")
                : xml.Descendants(W + element).Where(n => n.Attribute(W + "type") is null); // not the separators
            foreach (var paragraph in containers.SelectMany(c => c.Descendants(W + "p")))
            {
                var text = Squeeze(string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)));
                if (text.Length > 0)
                {
                    result.Add(text);
                }
            }
        }

        return result;
    }

    /// <summary>The EPUB's chapter as one string (whitespace removed), without note numbers, back links and its "注释" heading.</summary>
    public static string EpubChapter(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("chapter.xhtml", StringComparison.Ordinal));
        using var stream = entry.Open();
        var xml = XDocument.Load(stream);
        xml.Descendants().Where(e => (string?)e.Attribute("class") is "noteref" or "backref" || (string?)e.Attribute("id") == "sg-footnotes").ToList()
            .ForEach(e => e.Remove());
        return Squeeze(xml.Descendants(X + "body").Single().Value);
    }

    /// <summary>The chapter's text blocks (headings, paragraphs, cells, captions), for the check that nothing was added.</summary>
    public static List<string> EpubBlocks(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("chapter.xhtml", StringComparison.Ordinal));
        using var stream = entry.Open();
        var xml = XDocument.Load(stream);
        xml.Descendants().Where(e => (string?)e.Attribute("class") is "noteref" or "backref" or "credit" || (string?)e.Attribute("id") == "sg-footnotes").ToList()
            .ForEach(e => e.Remove());
        var names = new[] { "h1", "h2", "h3", "h4", "h5", "h6", "p", "th", "td", "figcaption" };
        return xml.Descendants().Where(e => names.Contains(e.Name.LocalName)).Select(e => Squeeze(e.Value)).Where(t => t.Length > 0).ToList();
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
