namespace SiteGen.Typesetting.Layout;

/// <summary>One planned page: its items with their top offsets inside the text area, and its footnotes.</summary>
internal sealed class PagePlan(int number)
{
    public int Number { get; } = number;
    public List<(FlowItem Item, double Y)> Items { get; } = [];
    public List<NoteLayout> Notes { get; } = [];
    /// <summary>Each note's copy on this page by the note's anchor: the copy's destination and Note identifier (<see cref="NoteCopies"/>).</summary>
    public Dictionary<string, string> NoteIds { get; } = new(StringComparer.Ordinal);
    /// <summary>The level-1 section in force on this page (running heads).</summary>
    public string? Section { get; set; }
    public bool StartsSection { get; set; }
    public bool IsCover { get; set; }
    /// <summary>The page was started by a part's forced break (level1-start new-page or right-page), not by the page filling up nor by the contents' break.</summary>
    public bool AfterPartBreak { get; set; }
    /// <summary>
    /// A part opener: a part's forced break starts the page and a level-1 section begins on it (docs/typography.md rule 18: no
    /// running head). An edition whose parts run on (level1-start continue) has none, so its first body page has the head too.
    /// </summary>
    public bool OpensPart => AfterPartBreak && StartsSection;
    public bool HasSlices => Items.Any(i => i.Item is Slice);
}
