namespace SiteGen.Typesetting.Model;

/// <summary>Document-level metadata written to the PDF info dictionary and XMP.</summary>
/// <param name="Author">The document's creator (Info /Author, XMP dc:creator): the issuing body, not a reporter.</param>
/// <param name="Publisher">XMP dc:publisher.</param>
/// <param name="Date">When the document was first published: Info /CreationDate, XMP dc:date.</param>
/// <param name="IdSeed">Stable string from which the PDF /ID and XMP ids derive, so builds are byte-identical.</param>
/// <param name="Modified">The latest revision's date (Info /ModDate, xmp:ModifyDate); the date when null.</param>
/// <param name="Contributors">XMP dc:contributor (e.g. the reporter).</param>
/// <param name="Rights">XMP dc:rights.</param>
/// <param name="License">XMP xmpRights:WebStatement: the licence's URL.</param>
public sealed record DocumentInfo(
    string Title,
    string Author,
    string Publisher,
    string Description,
    IReadOnlyList<string> Keywords,
    string Language,
    DateOnly Date,
    string IdSeed,
    DateOnly? Modified = null,
    IReadOnlyList<string>? Contributors = null,
    string? Rights = null,
    string? License = null)
{
    public DateOnly ModifiedDate => Modified ?? Date;
}
