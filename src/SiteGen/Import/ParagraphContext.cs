using DocumentFormat.OpenXml.Packaging;

namespace SiteGen.Import;

/// <summary>What the run walker needs while reading one paragraph.</summary>
/// <param name="Part">The part the paragraph lives in (body, footnotes, endnotes), whose relationships name its links and pictures.</param>
/// <param name="Inline">In a table cell or a note: pictures stay inline and text boxes join the text, since no block can stand there.</param>
internal sealed class ParagraphContext(InlineBuilder builder, OpenXmlPart part, bool inline)
{
    public InlineBuilder Builder { get; } = builder;

    public OpenXmlPart Part { get; } = part;

    public bool Inline { get; } = inline;

    /// <summary>Figures and text boxes met in the paragraph, written after it.</summary>
    public List<ImportBlock> After { get; } = [];

    public List<string> Bookmarks { get; } = [];

    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    /// <summary>True the first time a kind of problem is met in this paragraph, so one paragraph gives one line per kind.</summary>
    public bool FirstTime(string kind) => _warned.Add(kind);
}

internal readonly record struct RunFormat(bool Strong, bool Emphasis);
