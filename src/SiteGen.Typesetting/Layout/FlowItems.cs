using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Layout;

/// <summary>The flat sequence the composer produces and the paginator cuts into pages.</summary>
internal abstract class FlowItem;

/// <summary>Opens a structure tag (or closes the innermost when <see cref="Tag"/> is null). Takes no room.</summary>
internal sealed class TagItem(StructureTag? tag, string? altText = null) : FlowItem
{
    public StructureTag? Tag { get; } = tag;
    public string? AltText { get; } = altText;
}

/// <summary>
/// Space the next slice keeps above it, at least (docs/typography.md rule 22: around a block quote). Takes no room of
/// its own: the composer folds it into the next slice's <see cref="Slice.SpaceBefore"/>, so at a page top it goes.
/// </summary>
internal sealed class SpaceItem(double height) : FlowItem
{
    public double Height { get; } = height;
}

/// <summary>A named destination (and bookmark when <see cref="Level"/> &gt; 0) at the next slice's top.</summary>
internal sealed class AnchorItem(string id, int level, string title) : FlowItem
{
    public string Id { get; } = id;
    public int Level { get; } = level;
    public string Title { get; } = title;
}

/// <summary>
/// Forces a new page; with <see cref="ToRightPage"/> the next content starts on an odd page. <see cref="OpensPart"/>:
/// the break is there because a part (level-1 section) starts a page, so the page it begins is a part opener
/// (docs/typography.md rule 18); the breaks after the cover and the contents are not.
/// </summary>
internal sealed class PageBreakItem(bool toRightPage, bool opensPart = false) : FlowItem
{
    public bool ToRightPage { get; } = toRightPage;
    public bool OpensPart { get; } = opensPart;
}

/// <summary>Something with height that is drawn. The only kind of item that takes room on a page.</summary>
internal abstract class Slice : FlowItem
{
    public double Height { get; init; }
    public double SpaceBefore { get; set; }
    public double Indent { get; init; }
    /// <summary>No page break may fall between this slice and the previous one (widows, orphans, keeps).</summary>
    public bool KeepWithPrevious { get; set; }
    /// <summary>How many following slices must stay on this slice's page (docs/typography.md rule 12: a heading keeps two lines).</summary>
    public int KeepNext { get; init; }
    public IReadOnlyList<NoteLayout> Notes { get; init; } = [];
    /// <summary>Table header rows drawn again (as artifacts) when this row starts a page.</summary>
    public IReadOnlyList<Slice>? RepeatHeader { get; init; }
    /// <summary>Title of the level-1 section that starts here, for running heads.</summary>
    public string? Section { get; init; }
    public required string Source { get; init; }

    public abstract void Draw(ICanvas canvas, double x, double y);
}
