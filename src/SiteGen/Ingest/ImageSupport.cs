using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Ingest;

/// <summary>
/// The per-format image rules, checked once after ingestion for the formats being built, one diagnostic per
/// image at the line that shows it, so `check` finds what `build` would (a GIF used to pass `check` and then
/// fail each PDF edition with SG012).
/// </summary>
public static class ImageSupport
{
    public static void Check(IEnumerable<Report> reports, BuildOptions options, DiagnosticBag diagnostics)
    {
        var drawings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var (image, inFigure) in ImageUses.Of(report).Where(i => i.Image.InputPath is not null))
            {
                var at = image.Location ?? SourceLocation.FileOnly(report.SourcePath);
                var type = ImageFormats.Name(image.Format);
                // Images in running text are shown by their alt text in the PDFs; only figures are set as pictures.
                if (options.BuildPdf && inFigure && !ImageFormats.PdfCanSet(image.Format))
                {
                    diagnostics.Error(DiagnosticCodes.ImageTypeNotInPdf,
                        $"image '{image.Source}' is {type}; the PDF editions set PNG, JPEG and SVG only, so convert it (or build without pdf: --formats html,epub)", at);
                }
                else if (options.BuildPdf && inFigure && image.Format == ImageFormat.Svg && drawings.Add(image.InputPath!))
                {
                    CheckDrawing(image, options.InputDirectory, diagnostics);
                }

                if (options.BuildEpub && !ImageFormats.EpubCanCarry(image.Format))
                {
                    diagnostics.Warning(DiagnosticCodes.EpubImageTypeUnsupported,
                        $"image '{image.Source}' is {type}, not JPEG, PNG, GIF or SVG, so the EPUB shows its alt text instead; convert it to include it", at);
                }
            }
        }
    }

    /// <summary>An SVG figure is drawn in the PDFs as vector graphics; what it uses beyond that is an error at its line in the SVG, once per file.</summary>
    private static void CheckDrawing(ImageRef image, string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = image.InputPath!;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(inputDirectory, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // SvgCheck already reported an unreadable SVG
        }
        foreach (var problem in Media.SvgPdf.SvgDrawingReader.Read(bytes).Problems)
        {
            diagnostics.Error(DiagnosticCodes.ImageTypeNotInPdf,
                $"this SVG cannot be drawn in the PDF editions: {problem.Message} (or build without pdf: --formats html,epub)",
                new SourceLocation(path, problem.Line, problem.Column));
        }
    }
}
