using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>What composing blocks needs: the measurer, the edition, page metrics, diagnostics, and pass-one anchor pages.</summary>
internal sealed class LayoutContext(ITextMeasurer measurer, EditionSettings settings, TypesetDocument document)
{
    public const double PointsPerMm = 72 / 25.4;

    public ITextMeasurer Measurer { get; } = measurer;
    public EditionSettings Settings { get; } = settings;
    public TypesetDocument Document { get; } = document;
    public List<TypesetDiagnostic> Diagnostics { get; } = [];

    /// <summary>Source lines already warned of an overflowing line, so each is reported once.</summary>
    public HashSet<string> OverflowReported { get; } = new(StringComparer.Ordinal);
    /// <summary>Where anchors landed in the first pass; empty in the first pass.</summary>
    public IReadOnlyDictionary<string, int> AnchorPages { get; set; } = new Dictionary<string, int>();
    /// <summary>False in the first pass, when <see cref="AnchorPages"/> is still empty.</summary>
    public bool PagesKnown { get; init; }
    /// <summary>Every page reference this pass set, to check the printed numbers against where targets landed.</summary>
    public List<PageReferenceSet> PageReferences { get; } = [];
    /// <summary>Set text shared by the passes of one layout run: most paragraphs come out the same in every pass.</summary>
    public SetTextCache SetCache { get; init; } = new();

    public double TrimWidth => Settings.PageWidthMm * PointsPerMm;
    public double TrimHeight => Settings.PageHeightMm * PointsPerMm;
    /// <summary>Room between the margins, before rounding to the grid.</summary>
    public double FrameWidth => (Settings.PageWidthMm - Settings.MarginInnerMm - Settings.MarginOuterMm) * PointsPerMm;
    /// <summary>
    /// docs/typography.md rule 8: the measure is a whole number of body ems, so a line of Han characters and full-width marks fills
    /// it exactly; what the margins leave over is shared by both sides.
    /// </summary>
    public double TextWidth => Math.Floor(FrameWidth / Settings.BodySize + 1e-9) * Settings.BodySize;
    public double TextHeight => (Settings.PageHeightMm - Settings.MarginTopMm - Settings.MarginBottomMm) * PointsPerMm;
    public double BodySize => Settings.BodySize;
    public double BodyLine => Settings.BodySize * Settings.Leading;

    public TextStyle Body => new(FontRole.Body, false, Settings.BodySize);

    public TextStyle Heading(int level) =>
        new(FontRole.Heading, true, Settings.HeadingSizes[Math.Clamp(level, 1, Settings.HeadingSizes.Count) - 1]);

    /// <summary>Left edge of the text block on a page: the inner margin faces the spine on mirrored editions.</summary>
    public double LeftMargin(int pageNumber) =>
        (Settings.Mirrored && pageNumber % 2 == 0 ? Settings.MarginOuterMm : Settings.MarginInnerMm) * PointsPerMm + (FrameWidth - TextWidth) / 2;

    public double TopMargin => Settings.MarginTopMm * PointsPerMm;

    private readonly HashSet<(int, string)> _reported = [];

    /// <summary>A character left out of the layout: no configured font has it, or its script is one the engine cannot set.</summary>
    public void Missing(int codePoint, string source)
    {
        var complex = ComplexScripts.Contains(codePoint);
        // A word of a complex script is one problem: the first character of it on a line is named, not each.
        if (!_reported.Add(complex ? (-1, source) : (codePoint, source))) return;
        var name = char.ConvertFromUtf32(codePoint);
        var hex = codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        if (complex)
        {
            Diagnostics.Add(new TypesetDiagnostic(Severity.Error, "PDF006",
                $"'{name}' (U+{hex}) is in a script the PDF editions cannot set (right to left, or letters that join and reorder).",
                source) { Problem = TypesetProblem.ComplexScript, Args = [name, hex] });
            return;
        }

        Diagnostics.Add(new TypesetDiagnostic(Severity.Error, "PDF001",
            $"No configured font has the character '{name}' (U+{hex}); add a font that covers it or replace the character.",
            source) { Problem = TypesetProblem.MissingGlyph, Args = [name, hex] });
    }

    public void Wrap(TypesetProblem problem, string reason, string source, params string[] args) =>
        Diagnostics.Add(new TypesetDiagnostic(Severity.Error, "PDF002", reason, source) { Problem = problem, Args = args });
}
