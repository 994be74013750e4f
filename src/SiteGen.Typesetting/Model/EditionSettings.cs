namespace SiteGen.Typesetting.Model;

public enum RunningHeadMode { None, Title, TitleAndSection }

public enum PageNumberPosition { None, Centre, Outer }

/// <summary>Where a level-1 section begins: in the flow, on a new page, or on the next right-hand (odd) page.</summary>
public enum SectionStart { Continue, NewPage, RightPage }

/// <summary>How full-width punctuation is set (docs/typography.md, rule 8).</summary>
public enum PunctuationStyle
{
    /// <summary>全身式: every mid-line mark keeps its full em; only adjacent marks and line ends adjust.</summary>
    FullWidth,
    /// <summary>Marks give up their blank half wherever a line needs room (开明式-like); an edition may choose it.</summary>
    Compressed,
}

/// <summary>Page geometry and type for one edition. Lengths in millimetres, type sizes in points.</summary>
public sealed record EditionSettings
{
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public double MarginInnerMm { get; init; } = 25;
    public double MarginOuterMm { get; init; } = 25;
    public double MarginTopMm { get; init; } = 25;
    public double MarginBottomMm { get; init; } = 25;
    /// <summary>
    /// From the trim's top edge to the top of the running head's type (its em box). Printers keep ink at least ~10 mm
    /// inside the trim; the head and its rule must still stand above the text block (the loader checks both fit).
    /// </summary>
    public double HeadMarginMm { get; init; } = 12;
    /// <summary>From the trim's bottom edge to the folio's baseline; the folio must stay below the text block.</summary>
    public double FootMarginMm { get; init; } = 12;
    /// <summary>Inner margin on the spine side: left on right-hand (odd) pages, right on even pages.</summary>
    public bool Mirrored { get; init; }
    public double BleedMm { get; init; }
    public bool CropMarks { get; init; }
    public IReadOnlyList<string> BodyFonts { get; init; } = ["Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Sans"];
    public IReadOnlyList<string> HeadingFonts { get; init; } = ["Noto Sans CJK SC", "Noto Serif CJK SC", "DejaVu Sans"];
    /// <summary>Code blocks and inline code: monospace faces, Han in a monospace CJK face so columns stay aligned (docs/typography.md rule 21).</summary>
    public IReadOnlyList<string> CodeFonts { get; init; } = ["Noto Sans Mono CJK SC", "DejaVu Sans Mono"];
    /// <summary>Italic faces for Latin emphasis (rule 14); characters they lack fall back to the upright chain.</summary>
    public IReadOnlyList<string> ItalicFonts { get; init; } = ["DejaVu Serif"];
    public double BodySize { get; init; } = 10.5;
    /// <summary>Baseline-to-baseline distance as a multiple of the body size.</summary>
    public double Leading { get; init; } = 1.75;
    public IReadOnlyList<double> HeadingSizes { get; init; } = [20, 16, 14, 12, 11, 10.5];
    public double FootnoteSize { get; init; } = 8.5;
    public RunningHeadMode RunningHead { get; init; } = RunningHeadMode.Title;
    public PageNumberPosition PageNumbers { get; init; } = PageNumberPosition.Centre;
    /// <summary>docs/typography.md rule 13: the print edition starts parts on a right-hand page; screen editions let them follow on.</summary>
    public SectionStart Level1Start { get; init; } = SectionStart.NewPage;
    public bool CoverAndContents { get; init; } = true;
    /// <summary>
    /// Set after each link to an anchor of the document, so the reference works on paper: "{page}" becomes the
    /// page the target lands on, e.g. "（第{page}页）". Null sets no page references.
    /// </summary>
    public string? PageReference { get; init; }
    /// <summary>docs/typography.md rule 8: full-width style by default; compressed only when an edition asks for it.</summary>
    public PunctuationStyle Punctuation { get; init; } = PunctuationStyle.FullWidth;
    /// <summary>docs/typography.md rule 9a: the most a justified line may widen each gap between its pieces, in em of the body size.</summary>
    public double MaxGapStretchEm { get; init; } = 0.25;
    /// <summary>Running-head size in points; null: the footnote size. docs/typography.md rule 20 wants it at least body size in large print.</summary>
    public double? RunningHeadSize { get; init; }
    /// <summary>Folio (page number) size in points; null: 85 % of the body size, at least the footnote size.</summary>
    public double? FolioSize { get; init; }
    /// <summary>Figure caption size in points; null: 90 % of the body size.</summary>
    public double? CaptionSize { get; init; }
    /// <summary>Table text size in points; null: 90 % of the body size.</summary>
    public double? TableSize { get; init; }
    /// <summary>The smallest size a table too wide for the measure is stepped down to before its cells wrap inside words (never under <see cref="MinTextSize"/>).</summary>
    public double TableMinSize { get; init; } = 7;
    /// <summary>Code block size in points; null: 90 % of the body size.</summary>
    public double? CodeSize { get; init; }
    /// <summary>
    /// docs/typography.md rule 20: the smallest size any text element may take (running head, folio, caption, table, code,
    /// footnote); null: no floor. Large print sets it to its body size, so no element can be made smaller by mistake.
    /// </summary>
    public double? MinTextSize { get; init; }
    /// <summary>docs/typography.md rule 10: first-line indent of a body paragraph, in em of its text.</summary>
    public double IndentEm { get; init; } = 2;
    /// <summary>docs/typography.md rule 21: how far a code block stands in from the text, in em of the body size (its rule sits in the middle).</summary>
    public double CodeIndentEm { get; init; } = 1;
    /// <summary>Indent of a block quote on each side, in em of the body size.</summary>
    public double QuoteIndentEm { get; init; } = 2;
    /// <summary>docs/typography.md rule 22: space above and below a block quote, in body lines.</summary>
    public double QuoteSpace { get; init; } = 0.5;
    /// <summary>docs/typography.md rule 10: first-line indent of a paragraph in a Latin-script report, in em of its text.</summary>
    public double LatinIndentEm { get; init; } = 1;
    /// <summary>docs/typography.md rule 24: space above and below a code block, in body lines.</summary>
    public double CodeSpace { get; init; } = 0.5;
    /// <summary>Baseline-to-baseline distance of a heading's lines, as a multiple of its size.</summary>
    public double HeadingLeading { get; init; } = 1.5;
    /// <summary>Baseline-to-baseline distance of footnote lines, as a multiple of the footnote size.</summary>
    public double FootnoteLeading { get; init; } = 1.5;
    /// <summary>docs/typography.md rule 23: gap between a footnote's number box and its hanging text, in em of the footnote size.</summary>
    public double FootnoteGapEm { get; init; } = 0.5;
    /// <summary>Baseline-to-baseline distance of caption lines, as a multiple of the caption size.</summary>
    public double CaptionLeading { get; init; } = 1.6;
    /// <summary>docs/typography.md rule 19: space above a level-1/2 heading, in body lines (deeper levels take three quarters of it).</summary>
    public double HeadingSpaceBefore { get; init; } = 1.25;
    /// <summary>docs/typography.md rule 19: space below a level-1/2 heading, in body lines (deeper levels take half of it); less than above.</summary>
    public double HeadingSpaceAfter { get; init; } = 0.5;
    /// <summary>docs/typography.md rule 18: distance between contents leader dots, in em of the body size.</summary>
    public double LeaderStepEm { get; init; } = 0.5;
    /// <summary>Print shop: text and rules in pure black ink (DeviceCMYK 0 0 0 1), crop marks in registration colour.</summary>
    public bool PrintColours { get; init; }
    /// <summary>Below this effective resolution (pixels per inch as set on the page) a figure's image gets a warning.</summary>
    public double MinImagePpi { get; init; } = 96;

    public double RunningHeadPoints => AtLeastMinimum(RunningHeadSize ?? FootnoteSize);
    public double FolioPoints => AtLeastMinimum(FolioSize ?? Math.Max(FootnoteSize, BodySize * 0.85));
    public double CaptionPoints => AtLeastMinimum(CaptionSize ?? BodySize * 0.9);
    public double TablePoints => AtLeastMinimum(TableSize ?? BodySize * 0.9);
    public double TableMinPoints => Math.Min(TablePoints, AtLeastMinimum(TableMinSize));
    public double CodePoints => AtLeastMinimum(CodeSize ?? BodySize * 0.9);
    public double FootnotePoints => AtLeastMinimum(FootnoteSize);

    /// <summary>Top of a line's em box above its baseline, as a fraction of the size (the CJK faces' ideographic em top).</summary>
    public const double AscentEm = 0.88;
    /// <summary>The running head's rule below its baseline, in em of the head's size.</summary>
    public const double HeadRuleEm = 0.5;

    /// <summary>The lowest the running head reaches, its rule, in mm from the trim's top edge.</summary>
    public double HeadBottomMm => HeadMarginMm + (AscentEm + HeadRuleEm) * RunningHeadPoints * 25.4 / 72;
    /// <summary>The highest the folio reaches, the top of its em box, in mm from the trim's bottom edge.</summary>
    public double FolioTopMm => FootMarginMm + AscentEm * FolioPoints * 25.4 / 72;

    private double AtLeastMinimum(double size) => Math.Max(size, MinTextSize ?? 0);
}
