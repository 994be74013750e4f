namespace SiteGen.Typesetting.Model;

/// <summary>
/// What a <see cref="TypesetDiagnostic"/> is about, so the caller can say it in its user's language from
/// <see cref="TypesetDiagnostic.Args"/>; the engine's own English text stays for its tests and logs.
/// </summary>
public enum TypesetProblem
{
    MissingGlyph,
    RowTallerThanPage,
    ImageUnreadable,
    ImageNotPngOrJpeg,
    ImageTooLarge,
    LineOverflows,
    WordCut,
    PageReferenceUnsettled,
    CoarseImage,
    ComplexScript,
    TableTooWide,
}
