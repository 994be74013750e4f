namespace SiteGen.Typesetting.Text;

/// <summary>Every wide (CJK) character is 1 em, everything else ½ em; for layout tests without fonts.</summary>
public sealed class FixedWidthMeasurer(IReadOnlySet<int>? missing = null) : ITextMeasurer
{
    public const string Face = "fixed";

    public string? FaceFor(TextStyle style, int codePoint) =>
        missing is not null && missing.Contains(codePoint) ? null : Face;

    public double AdvanceEm(string face, int codePoint) => CharClass.IsWide(codePoint) ? 1.0 : 0.5;
}
