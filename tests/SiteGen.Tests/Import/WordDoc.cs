using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Import;

/// <summary>
/// Makes a small Word document in the test, with the Open XML SDK: styles with the names Word, WPS and
/// LibreOffice give them (English and Chinese), and whatever body the test adds. No sample file from outside.
/// </summary>
internal sealed class WordDoc : IDisposable
{
    private readonly MemoryStream _stream = new();

    public WordDoc()
    {
        Document = WordprocessingDocument.Create(_stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        Main = Document.AddMainDocumentPart();
        Main.Document = new Document(new Body());
        var styles = Main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            ParagraphStyle("Normal", "Normal", null),
            ParagraphStyle("1", "标题 1", "Normal", outline: 0),          // Chinese Word: id "1", name "heading 1" shown as 标题 1
            ParagraphStyle("Heading2", "heading 2", "Normal", outline: 1),
            ParagraphStyle("MyHeading", "我的大标题", "1"),                  // a custom style based on 标题 1
            ParagraphStyle("Outline3", "Report Level", "Normal", outline: 2),
            ParagraphStyle("Title", "Title", "Normal"),
            ParagraphStyle("Caption", "caption", "Normal"),
            new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });
    }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main { get; }

    public Body Body => Main.Document!.Body!;

    public WordDoc Add(params OpenXmlElement[] blocks)
    {
        foreach (var block in blocks)
        {
            Body.Append(block);
        }

        return this;
    }

    /// <summary>A paragraph of plain runs, optionally in a style.</summary>
    public static Paragraph P(string text, string? style = null, bool centered = false) =>
        P(style, centered, R(text));

    public static Paragraph P(string? style, bool centered, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null || centered)
        {
            var properties = new ParagraphProperties();
            if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
            if (centered) properties.Append(new Justification { Val = JustificationValues.Center });
            paragraph.Append(properties);
        }

        paragraph.Append(content);
        return paragraph;
    }

    public static Run R(string text, bool bold = false, bool italic = false, bool dots = false)
    {
        var run = new Run();
        if (bold || italic || dots)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            if (dots) properties.Append(new Emphasis { Val = EmphasisMarkValues.Dot });
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Saves the document to a .docx file in <paramref name="folder"/> and returns its path.</summary>
    public string Save(string folder, string name = "report.docx")
    {
        Document.Dispose();
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, _stream.ToArray());
        return path;
    }

    public void Dispose()
    {
        _stream.Dispose();
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (outline is not null) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = outline }));
        return style;
    }
}
