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

    public void Warning(string code, Message message) => diagnostics.Warning(code, Placed(message), Location);

    public void Error(string code, Message message) => diagnostics.Error(code, Placed(message), Location);

    public SourceLocation Location => Paragraph == 0 ? SourceLocation.FileOnly(file) : new SourceLocation(file, Paragraph, 0);

    /// <summary>The message with the paragraph's number, first words and heading, the way the secretary finds it in Word.</summary>
    private Message Placed(Message message)
    {
        if (Paragraph == 0)
        {
            return message;
        }

        var opening = string.IsNullOrWhiteSpace(Opening) ? null : MessageText.Value(Short(Opening));
        var under = Heading is null ? null : MessageText.Value(Short(Heading));
        var where = (opening, under) switch
        {
            (null, null) => Messages.ImportParagraph.With(Paragraph),
            (null, { } h) => Messages.ImportParagraphUnder.With(Paragraph, h),
            ({ } o, null) => Messages.ImportParagraphOpening.With(Paragraph, o),
            ({ } o, { } h) => Messages.ImportParagraphOpeningUnder.With(Paragraph, o, h),
        };
        return Messages.ImportAt.With(message, where);
    }

    private static string Short(string text)
    {
        var trimmed = text.Trim(InlineBuilder.Blank);
        return trimmed.Length <= 16 ? trimmed : trimmed[..(char.IsHighSurrogate(trimmed[15]) ? 15 : 16)] + "…";
    }
}
