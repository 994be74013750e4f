namespace SiteGen.Typesetting.Layout;

/// <summary>One planned page: its items with their top offsets inside the text area, and its footnotes.</summary>
internal sealed class PagePlan(int number)
{
    public int Number { get; } = number;
    public List<(FlowItem Item, double Y)> Items { get; } = [];
    public List<NoteLayout> Notes { get; } = [];
    /// <summary>The level-1 section in force on this page (running heads).</summary>
    public string? Section { get; set; }
    public bool StartsSection { get; set; }
    public bool IsCover { get; set; }
    /// <summary>The page was started by a forced break (a part, the contents), not by the page filling up.</summary>
    public bool AfterBreak { get; set; }
    /// <summary>A part opener: a forced break starts the page and a level-1 section begins on it (docs/typography.md rule 18: no running head).</summary>
    public bool OpensPart => AfterBreak && StartsSection;
    public bool HasSlices => Items.Any(i => i.Item is Slice);
}
