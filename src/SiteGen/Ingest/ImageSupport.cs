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
                        Messages.ImageTypeNotInPdf.With(image.Source, type), at);
                }

                if (options.BuildEpub && !ImageFormats.EpubCanCarry(image.Format))
                {
                    diagnostics.Warning(DiagnosticCodes.EpubImageTypeUnsupported,
                        Messages.ImageTypeNotInEpub.With(image.Source, type), at);
                }
            }
        }
    }
}
