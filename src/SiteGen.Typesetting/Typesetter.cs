using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Layout;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Pdf;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting;

/// <summary>The engine's front door: a document and an edition in, PDF bytes and diagnostics out.</summary>
public static class Typesetter
{
    /// <summary>Sets <paramref name="document"/> as a tagged PDF. Content problems are diagnostics; the PDF is empty when any is an error.</summary>
    public static TypesetResult Render(TypesetDocument document, EditionSettings settings) =>
        Fonts.FontMemory.Use(() => RenderNow(document, settings));

    private static TypesetResult RenderNow(TypesetDocument document, EditionSettings settings)
    {
        var measurer = new FontSetMeasurer(settings);
        var canvas = new PdfCanvas(settings.PrintColours);
        LayoutOutcome outcome;
        using (TypesetClock.Measure("pdf: layout (line breaking, pages, HarfBuzz widths)"))
        {
            outcome = new DocumentLayout(measurer, settings, document).Run(canvas);
        }

        var diagnostics = outcome.Diagnostics.ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            return new TypesetResult([], outcome.PageCount, outcome.AnchorPages, diagnostics);
        var pdf = PdfAssembler.Assemble(canvas, document.Info, measurer.Face, settings.PrintColours);
        return new TypesetResult(pdf, outcome.PageCount, outcome.AnchorPages, diagnostics);
    }

    /// <summary>Lays out onto any canvas with any measurer (tests use a recording canvas and fixed widths).</summary>
    public static TypesetResult Layout(TypesetDocument document, EditionSettings settings, ICanvas canvas, ITextMeasurer measurer)
    {
        var outcome = new DocumentLayout(measurer, settings, document).Run(canvas);
        return new TypesetResult([], outcome.PageCount, outcome.AnchorPages, outcome.Diagnostics);
    }
}
