using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Typesetting;
using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Pdf;

/// <summary>Sets one report in one edition and turns the engine's diagnostics into the build's.</summary>
public static class PdfEditions
{
    public static TypesetResult Render(Report report, PdfEdition edition, string inputDirectory, DiagnosticBag diagnostics, FigureImages? images = null, MetadataRecord? record = null)
    {
        var (mapper, document, settings) = Prepare(report, edition, inputDirectory, images, record);
        var result = Typesetter.Render(document, settings);
        ReportDiagnostics(result, report, edition, mapper, diagnostics);
        return result;
    }

    /// <summary>
    /// Lays the report out exactly as <see cref="Render"/> does (same mapping, same language-adjusted settings, the
    /// real fonts) onto any canvas, writing no PDF: the golden recording-canvas logs of each edition come from here.
    /// </summary>
    public static TypesetResult Layout(Report report, PdfEdition edition, string inputDirectory, ICanvas canvas, DiagnosticBag diagnostics, FigureImages? images = null, MetadataRecord? record = null)
    {
        var (mapper, document, settings) = Prepare(report, edition, inputDirectory, images, record);
        var result = FontMemory.Use(() => Typesetter.Layout(document, settings, canvas, new FontSetMeasurer(settings)));
        ReportDiagnostics(result, report, edition, mapper, diagnostics);
        return result;
    }

    private static (ReportDocumentMapper Mapper, TypesetDocument Document, EditionSettings Settings) Prepare(
        Report report, PdfEdition edition, string inputDirectory, FigureImages? images, MetadataRecord? record)
    {
        var mapper = new ReportDocumentMapper(report, edition, inputDirectory, images, record);
        TypesetDocument document;
        using (TypesetClock.Measure("pdf: map the report to the engine's model"))
        {
            document = mapper.Map();
        }

        // The report's language picks the page-reference words and, for Traditional Chinese, the TC fonts.
        var language = Html.HtmlLanguage.For(report.Metadata.Lang);
        var settings = edition.Settings with
        {
            PageReference = edition.PageReferenceFor(report.Metadata.Lang),
            BodyFonts = language.Fonts(edition.Settings.BodyFonts),
            HeadingFonts = language.Fonts(edition.Settings.HeadingFonts),
        };
        return (mapper, document, settings);
    }

    /// <summary>The engine's diagnostics as the build's, located at the report's lines.</summary>
    private static void ReportDiagnostics(TypesetResult result, Report report, PdfEdition edition, ReportDocumentMapper mapper, DiagnosticBag diagnostics)
    {
        foreach (var d in result.Diagnostics)
        {
            var code = d.Code switch
            {
                "PDF001" => DiagnosticCodes.MissingGlyph,
                "PDF005" => DiagnosticCodes.CoarseImage,
                "PDF006" => DiagnosticCodes.ComplexScript,
                _ => DiagnosticCodes.LayoutError,
            };
            var at = mapper.Locations.TryGetValue(d.Source, out var location) ? location : SourceLocation.FileOnly(report.SourcePath);
            var severity = d.Severity == Typesetting.Model.Severity.Error ? Diagnostics.Severity.Error : Diagnostics.Severity.Warning;
            diagnostics.Add(new Diagnostic(severity, code, MessageOf(d), at) { Editions = edition.Name });
        }
    }

    /// <summary>The engine's problem in the catalogue's words; its arguments come in the order its English text quotes them.</summary>
    internal static Message MessageOf(TypesetDiagnostic d)
    {
        var a = d.Args;
        return d.Problem switch
        {
            TypesetProblem.MissingGlyph => Messages.GlyphMissing.With(a[0], a[1]),
            TypesetProblem.ComplexScript => Messages.ComplexScript.With(a[0], a[1]),
            TypesetProblem.RowTallerThanPage => Messages.RowTallerThanPage.With(),
            TypesetProblem.ImageUnreadable => Messages.FigureImageUnreadable.With(a[0]),
            TypesetProblem.ImageNotPngOrJpeg => Messages.FigureImageNotPngOrJpeg.With(),
            TypesetProblem.ImageTooLarge => Messages.FigureImageTooLarge.With(a[0], a[1], a[2]),
            TypesetProblem.LineOverflows => Messages.LineOverflows.With(a[0]),
            TypesetProblem.WordCut => Messages.WordCut.With(a[0]),
            TypesetProblem.PageReferenceUnsettled => Messages.PageReferenceUnsettled.With(a[0], a[1], a[2], a[3]),
            TypesetProblem.TableTooWide => Messages.TableTooWide.With(a[0], a[1]),
            TypesetProblem.CoarseImage => Messages.CoarseImage.With(a[0], a[1], a[2], a[3], a[4], a[5]),
            _ => throw new InvalidOperationException($"no catalogue message for the typesetter's {d.Problem}"),
        };
    }
}
