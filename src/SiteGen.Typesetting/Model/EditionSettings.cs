namespace SiteGen.Typesetting.Model;

public enum RunningHeadMode { None, Title, TitleAndSection }

public enum PageNumberPosition { None, Centre, Outer }

/// <summary>Where a level-1 section begins: in the flow, on a new page, or on the next right-hand (odd) page.</summary>
public enum SectionStart { Continue, NewPage, RightPage }

/// <summary>Page geometry and type for one edition. Lengths in millimetres, type sizes in points.</summary>
public sealed record EditionSettings
{
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public double MarginInnerMm { get; init; } = 25;
    public double MarginOuterMm { get; init; } = 25;
    public double MarginTopMm { get; init; } = 25;
    public double MarginBottomMm { get; init; } = 25;
    /// <summary>Inner margin on the spine side: left on right-hand (odd) pages, right on even pages.</summary>
    public bool Mirrored { get; init; }
    public double BleedMm { get; init; }
    public bool CropMarks { get; init; }
    public IReadOnlyList<string> BodyFonts { get; init; } = ["Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Sans"];
    public IReadOnlyList<string> HeadingFonts { get; init; } = ["Noto Sans CJK SC", "Noto Serif CJK SC", "DejaVu Sans"];
    public double BodySize { get; init; } = 10.5;
    /// <summary>Baseline-to-baseline distance as a multiple of the body size.</summary>
    public double Leading { get; init; } = 1.75;
    public IReadOnlyList<double> HeadingSizes { get; init; } = [20, 16, 14, 12, 11, 10.5];
    public double FootnoteSize { get; init; } = 8.5;
    public RunningHeadMode RunningHead { get; init; } = RunningHeadMode.Title;
    public PageNumberPosition PageNumbers { get; init; } = PageNumberPosition.Centre;
    /// <summary>Rule 13: the print edition starts parts on a right-hand page; screen editions let them follow on.</summary>
    public SectionStart Level1Start { get; init; } = SectionStart.NewPage;
    public bool CoverAndContents { get; init; } = true;
    /// <summary>
    /// Set after each link to an anchor of the document, so the reference works on paper: "{page}" becomes the
    /// page the target lands on, e.g. "（第{page}页）". Null sets no page references.
    /// </summary>
    public string? PageReference { get; init; }
}
