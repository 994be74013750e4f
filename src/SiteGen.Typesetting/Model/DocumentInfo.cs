namespace SiteGen.Typesetting.Model;

/// <summary>Document-level metadata written to the PDF info dictionary and XMP.</summary>
/// <param name="IdSeed">Stable string from which the PDF /ID and XMP ids derive, so builds are byte-identical.</param>
public sealed record DocumentInfo(
    string Title,
    string Author,
    string Organization,
    string Description,
    IReadOnlyList<string> Keywords,
    string Language,
    DateOnly Date,
    string IdSeed);
