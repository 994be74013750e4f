using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;
using A = DocumentFormat.OpenXml.Drawing;
using V = DocumentFormat.OpenXml.Vml;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Pictures (DrawingML and the older VML) become figures with Word's alt text; a text box's paragraphs are
/// carried after the paragraph it is anchored in; charts, SmartArt and shapes without text are named.
/// </summary>
internal sealed partial class DocxConverter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    private void ReadDrawing(OpenXmlElement drawing, ParagraphContext context)
    {
        var carried = false;
        var boxes = drawing.Descendants<TextBoxContent>().ToList();
        foreach (var box in boxes.Where(b => !boxes.Any(outer => outer != b && b.Ancestors<TextBoxContent>().Contains(outer))))
        {
            carried = true;
            TextBox(box, context);
        }

        var uri = drawing.Descendants<A.GraphicData>().FirstOrDefault()?.Uri?.Value;
        if (uri is ChartUri or DiagramUri || drawing.Descendants<A.GraphicData>().Any(g => g.Uri?.Value is ChartUri or DiagramUri))
        {
            _place.Warning(DiagnosticCodes.ImportContentLeftOut,
                (uri == DiagramUri ? Messages.ImportSmartArtLeftOut : Messages.ImportChartLeftOut).With());
            return;
        }

        var alt = AltText(drawing);
        foreach (var blip in drawing.Descendants<A.Blip>())
        {
            carried = true;
            Picture(blip.Embed?.Value, blip.Link?.Value, alt, context);
        }

        foreach (var image in drawing.Descendants<V.ImageData>())
        {
            carried = true;
            Picture(image.RelationshipId?.Value, null, alt, context);
        }

        if (!carried)
        {
            _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportShapeLeftOut.With());
        }
    }

    /// <summary>
    /// Word's alt text is its description; the short title beside it is only a fallback. It is not taken as the
    /// photo's credit: Word users write a name there ("会场"), and a credit belongs in the caption ("张延林 摄").
    /// </summary>
    private static string AltText(OpenXmlElement drawing)
    {
        if (drawing.Descendants<Wp.DocProperties>().FirstOrDefault() is { } properties)
        {
            var description = properties.Description?.Value?.Trim() ?? "";
            return description.Length > 0 ? description : properties.Title?.Value?.Trim() ?? "";
        }

        return drawing.Descendants<V.Shape>().FirstOrDefault()?.Alternate?.Value?.Trim() ?? "";
    }

    private void Picture(string? embed, string? link, string alt, ParagraphContext context)
    {
        if (embed is null || context.Part.GetPartById(embed) is not ImagePart part)
        {
            _place.Warning(DiagnosticCodes.ImportContentLeftOut, link is null
                ? Messages.ImportPictureMissing.With()
                : Messages.ImportLinkedPicture.With());
            return;
        }

        var file = _images.Write(part, _place);
        if (alt.Length == 0)
        {
            _place.Warning(DiagnosticCodes.ImportImageWithoutAlt,
                Messages.ImportPictureWithoutAlt.With(file));
        }

        if (context.Inline)
        {
            context.Builder.Raw($"![{MarkdownText.Escape(alt)}]({file})", alt);
            return;
        }

        context.After.Add(new FigureBlock(_place.Paragraph, file, alt));
    }

    private void TextBox(TextBoxContent box, ParagraphContext context)
    {
        _place.Warning(DiagnosticCodes.ImportContentSimplified,
            Messages.ImportTextBox.With());
        foreach (var paragraph in box.Elements<Paragraph>())
        {
            if (context.Inline)
            {
                var inner = new ParagraphContext(context.Builder, context.Part, inline: true);
                context.Builder.Text(" ", false, false);
                WalkChildren(paragraph, inner, default);
                continue;
            }

            var blocks = new List<ImportBlock>();
            ReadParagraphInBox(paragraph, blocks);
            context.After.AddRange(blocks);
        }
    }

    /// <summary>A text box's paragraph, read like a body paragraph but without counting as one of the body's.</summary>
    private void ReadParagraphInBox(Paragraph paragraph, List<ImportBlock> blocks)
    {
        var context = new ParagraphContext(new InlineBuilder(), _main, inline: false);
        WalkChildren(paragraph, context, default);
        var markdown = context.Builder.ToMarkdown();
        if (markdown.Length > 0)
        {
            blocks.Add(new ParagraphBlock(_place.Paragraph, MarkdownText.GuardLineStart(markdown), OneLine(context.Builder.ToMarkdown(false)),
                context.Builder.PlainText.Trim(InlineBuilder.Blank), ParagraphRole.Body, 0, false, false, null));
        }

        blocks.AddRange(context.After);
    }
}
