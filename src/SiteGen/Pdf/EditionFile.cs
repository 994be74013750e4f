namespace SiteGen.Pdf;

/// <summary>The YAML shape of templates/editions/*.yml (hyphenated keys).</summary>
internal sealed class EditionFile
{
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Label { get; set; } = "";
    public string Suffix { get; set; } = "";
    public double PageWidthMm { get; set; } = 210;
    public double PageHeightMm { get; set; } = 297;
    public double MarginInnerMm { get; set; } = 25;
    public double MarginOuterMm { get; set; } = 25;
    public double MarginTopMm { get; set; } = 25;
    public double MarginBottomMm { get; set; } = 25;
    /// <summary>From the trim's top edge to the top of the running head; left out: 12 mm.</summary>
    public double HeadMarginMm { get; set; } = 12;
    /// <summary>From the trim's bottom edge to the folio's baseline; left out: 12 mm.</summary>
    public double FootMarginMm { get; set; } = 12;
    public bool Mirrored { get; set; }
    public double BleedMm { get; set; }
    public bool CropMarks { get; set; }
    public List<string> BodyFonts { get; set; } = [];
    public List<string> HeadingFonts { get; set; } = [];
    /// <summary>Monospace families for code; left out: the engine's defaults.</summary>
    public List<string>? CodeFonts { get; set; }
    /// <summary>Families whose italic faces set Latin emphasis; left out: the engine's defaults.</summary>
    public List<string>? ItalicFonts { get; set; }
    public double BodySize { get; set; } = 10.5;
    public double Leading { get; set; } = 1.75;
    public List<double> HeadingSizes { get; set; } = [];
    public double FootnoteSize { get; set; } = 8.5;
    public string RunningHead { get; set; } = "title";
    public string PageNumbers { get; set; } = "centre";
    /// <summary>continue, new-page or right-page.</summary>
    public string Level1Start { get; set; } = "new-page";
    public bool CoverAndContents { get; set; } = true;
    public int ContentsDepth { get; set; } = 2;
    /// <summary>Text after an internal link, by report language ("zh", "en", ... or "default"); "{page}" is the number.</summary>
    public Dictionary<string, string> PageReferences { get; set; } = [];
    /// <summary>full-width (全身式, the default) or compressed.</summary>
    public string Punctuation { get; set; } = "full-width";
    public double MaxGapStretchEm { get; set; } = 0.25;
    public double? RunningHeadSize { get; set; }
    public double? FolioSize { get; set; }
    public double? CaptionSize { get; set; }
    public double? TableSize { get; set; }
    /// <summary>The floor a too-wide table steps down to; left out: 7 pt.</summary>
    public double TableMinSize { get; set; } = 7;
    public double? CodeSize { get; set; }
    public double? MinTextSize { get; set; }
    public double IndentEm { get; set; } = 2;
    public double QuoteIndentEm { get; set; } = 2;
    public double QuoteSpace { get; set; } = 0.5;
    public double LatinIndentEm { get; set; } = 1;
    public double CodeSpace { get; set; } = 0.5;
    public double CodeIndentEm { get; set; } = 1;
    public double HeadingLeading { get; set; } = 1.5;
    public double FootnoteLeading { get; set; } = 1.5;
    public double FootnoteGapEm { get; set; } = 0.5;
    public double CaptionLeading { get; set; } = 1.6;
    public double HeadingSpaceBefore { get; set; } = 1.25;
    public double HeadingSpaceAfter { get; set; } = 0.5;
    public double LeaderStepEm { get; set; } = 0.5;
    /// <summary>Print shop colours: text and rules in pure K, crop marks in registration colour.</summary>
    public bool PrintColours { get; set; }
    public double MinImagePpi { get; set; } = 96;
}
