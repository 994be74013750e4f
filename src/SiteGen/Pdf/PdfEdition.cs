using SiteGen.Typesetting.Model;

namespace SiteGen.Pdf;

/// <summary>One PDF edition as its settings file describes it: output naming plus the engine's page settings.</summary>
public sealed record PdfEdition(string Name, string Kind, string Label, string Suffix, int ContentsDepth, EditionSettings Settings)
{
    public string FileName(string slug) => $"{slug}{Suffix}.pdf";
}
