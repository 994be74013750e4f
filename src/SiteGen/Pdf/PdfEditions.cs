using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Typesetting;
using SiteGen.Typesetting.Model;

namespace SiteGen.Pdf;

/// <summary>Sets one report in one edition and turns the engine's diagnostics into the build's.</summary>
public static class PdfEditions
{
    public static TypesetResult Render(Report report, PdfEdition edition, string inputDirectory, DiagnosticBag diagnostics, FigureImages? images = null)
    {
        var document = new ReportDocumentMapper(report, edition, inputDirectory, images).Map();
        var settings = edition.Settings with { PageReference = edition.PageReferenceFor(report.Metadata.Lang) };
        var result = Typesetter.Render(document, settings);
        foreach (var d in result.Diagnostics)
        {
            var code = d.Code switch
            {
                "PDF001" => DiagnosticCodes.MissingGlyph,
                "PDF005" => DiagnosticCodes.CoarseImage,
                _ => DiagnosticCodes.LayoutError,
            };
            var message = $"{d.Message} ({edition.Name} PDF)";
            if (d.Severity == Typesetting.Model.Severity.Error) diagnostics.Error(code, message, Location(d.Source, report));
            else diagnostics.Warning(code, message, Location(d.Source, report));
        }
        return result;
    }

    private static SourceLocation Location(string source, Report report)
    {
        var colon = source.LastIndexOf(':');
        if (colon > 0 && int.TryParse(source[(colon + 1)..], out var line)) return new SourceLocation(source[..colon], line, 0);
        return source.Contains('/') ? SourceLocation.FileOnly(source) : SourceLocation.FileOnly(report.SourcePath);
    }
}
