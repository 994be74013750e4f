namespace SiteGen.Typesetting.Text;

/// <summary>Body text (Song), headings (Hei), or code, set in a monospace face.</summary>
public enum FontRole { Body, Heading, Code }

/// <summary>
/// What a piece of text is set in; the measurer turns it into a concrete face per character.
/// <paramref name="Italic"/>: Latin emphasis, from the edition's italic faces (Han is never slanted, docs/typography.md rule 14).
/// </summary>
public readonly record struct TextStyle(FontRole Role, bool Bold, double Size, bool Italic = false);

/// <summary>Widths of characters. Layout depends only on this, so tests can use a fixed-width measurer.</summary>
public interface ITextMeasurer
{
    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="style"/>, or null when no font has it.</summary>
    string? FaceFor(TextStyle style, int codePoint);

    /// <summary>Advance of <paramref name="codePoint"/> in <paramref name="face"/>, in em.</summary>
    double AdvanceEm(string face, int codePoint);
}
