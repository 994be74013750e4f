using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Where the importer is in the Word document, for diagnostics a secretary can act on: the paragraph's number
/// (every paragraph of the body counts, in tables too, as Word shows them with ¶ marks), its first words and the
/// heading it stands under, since Word has no line numbers.
/// </summary>
internal sealed class ImportPlace(string file, DiagnosticBag diagnostics)
{
    public int Paragraph { get; private set; }

    public string? Heading { get; set; }

    public string? Opening { get; set; }

    public DiagnosticBag Diagnostics => diagnostics;

    public void NextParagraph(string opening)
    {
        Paragraph++;
        Opening = opening;
    }

    public void Warning(string code, string message) =>
        diagnostics.Warning(code, message + Describe(), Location);

    public void Error(string code, string message) =>
        diagnostics.Error(code, message + Describe(), Location);

    public SourceLocation Location => Paragraph == 0 ? SourceLocation.FileOnly(file) : new SourceLocation(file, Paragraph, 0);

    private string Describe()
    {
        if (Paragraph == 0)
        {
            return "";
        }

        var opening = string.IsNullOrWhiteSpace(Opening) ? "" : $" “{Short(Opening)}”";
        var under = Heading is null ? "" : $", under “{Short(Heading)}”";
        return $" (paragraph {Paragraph}{opening}{under})";
    }

    private static string Short(string text)
    {
        var trimmed = text.Trim(InlineBuilder.Blank);
        return trimmed.Length <= 16 ? trimmed : trimmed[..(char.IsHighSurrogate(trimmed[15]) ? 15 : 16)] + "…";
    }
}
