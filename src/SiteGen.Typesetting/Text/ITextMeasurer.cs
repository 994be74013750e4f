namespace SiteGen.Typesetting.Text;

public enum FontRole { Body, Heading }

/// <summary>What a piece of text is set in; the measurer turns it into a concrete face per character.</summary>
public readonly record struct TextStyle(FontRole Role, bool Bold, double Size);

/// <summary>Widths of characters. Layout depends only on this, so tests can use a fixed-width measurer.</summary>
public interface ITextMeasurer
{
    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="style"/>, or null when no font has it.</summary>
    string? FaceFor(TextStyle style, int codePoint);

    /// <summary>Advance of <paramref name="codePoint"/> in <paramref name="face"/>, in em.</summary>
    double AdvanceEm(string face, int codePoint);
}
