using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Text;

internal enum AtomKind { Han, Latin, Space, Punct, NoteMark }

/// <summary>The smallest piece the line breaker moves: a Han character, a mark, a Latin word, a space.</summary>
internal sealed record Atom
{
    public required string Text { get; init; }
    public required string Face { get; init; }
    public required TextStyle Style { get; init; }
    public required double Width { get; init; }
    public required AtomKind Kind { get; init; }
    public bool NoStart { get; init; }
    public bool NoEnd { get; init; }
    /// <summary>No line break before this atom: it belongs with the previous one (a page reference is one unit).</summary>
    public bool Glued { get; init; }
    /// <summary>Blank half-em a full-width mark may give up (docs/typography.md rule 6/8).</summary>
    public double Shrink { get; init; }
    /// <summary>True when the blank is on the left (opening marks), so the glyph moves left when shrunk.</summary>
    public bool ShrinkLeft { get; init; }
    /// <summary>Where the glyph starts inside the advance: the interpunct · is centred in a full em (docs/typography.md rule 9b).</summary>
    public double InkOffset { get; init; }
    /// <summary>A line may break after this piece of a URL or e-mail address, with no hyphen (docs/typography.md rule 9a).</summary>
    public bool BreakAfter { get; init; }
    public bool Emphasis { get; init; }
    public LinkRun? Link { get; init; }
    public FootnoteRun? Note { get; init; }
    /// <summary>Index of the inline span the atom came from, to group link rectangles.</summary>
    public int Span { get; init; }

    public bool IsLatinLike => Kind is AtomKind.Latin;
}

/// <summary>Inline text with its style, as the tokenizer receives it.</summary>
/// <param name="Unbreakable">No line break inside the span (a page reference such as （第12页）).</param>
/// <param name="HardBreak">Not text but a forced line break (<see cref="LineBreakRun"/>).</param>
internal sealed record InlineSpan(string Text, TextStyle Style, bool Emphasis = false, LinkRun? Link = null, FootnoteRun? Note = null, bool Unbreakable = false, bool HardBreak = false);
