using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// The contents page. Page numbers sit in a fixed right-hand column, so the first pass (numbers unknown)
/// and the second (numbers from the first pass) break lines identically.
/// </summary>
internal sealed class TocComposer(LayoutContext context, TextSetter setter)
{
    public void Compose(TocBlock toc, List<FlowItem> items, bool atStart)
    {
        if (!atStart) items.Add(new PageBreakItem(false));
        var headings = context.Document.Blocks.OfType<HeadingBlock>().Where(h => h.Level <= toc.MaxLevel).ToList();
        var titleStyle = context.Heading(1);
        var titleLh = titleStyle.Size * 1.5;
        foreach (var line in setter.Set([new TextRun(toc.Title)], titleStyle, context.TextWidth, 0, false, toc.Source))
        {
            items.Add(new TagItem(StructureTag.P));
            items.Add(new LineSlice { Line = line, Baseline = BlockComposer.Baseline(titleLh, titleStyle.Size), Height = titleLh + context.BodyLine, Source = toc.Source });
            items.Add(new TagItem(null));
        }
        // The title is a paragraph before the TOC: a TOC holds only TOCI (and nested TOC) elements.
        items.Add(new TagItem(StructureTag.Toc));
        var numberColumn = 3 * context.BodySize;
        var lh = context.BodyLine;
        foreach (var h in headings)
        {
            var indent = (h.Level - 1) * 2 * context.BodySize;
            var style = new TextStyle(FontRole.Body, h.Level == 1, context.BodySize);
            var lines = setter.Set(h.Runs.Where(r => r is not FootnoteRun).ToList(), style, context.TextWidth - indent - numberColumn, 0, false, h.Source);
            var page = context.AnchorPages.TryGetValue(h.AnchorId, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "";
            var number = page.Length == 0 ? null : setter.Set([new TextRun(page)], context.Body, numberColumn, 0, false, h.Source).FirstOrDefault();
            items.Add(new TocLineSlice
            {
                Lines = lines, Number = number, Anchor = h.AnchorId, Title = TextSetter.Plain(h.Runs), LineHeight = lh,
                Width = context.TextWidth - indent, Indent = indent, Height = lines.Count * lh,
                SpaceBefore = h.Level == 1 ? lh * 0.3 : 0, Source = h.Source,
                Baseline = BlockComposer.Baseline(lh, context.BodySize),
            });
        }
        items.Add(new TagItem(null));
        items.Add(new PageBreakItem(false));
    }
}

/// <summary>One contents entry: a link to the heading, with its page number flush right.</summary>
internal sealed class TocLineSlice : Slice
{
    public required IReadOnlyList<SetLine> Lines { get; init; }
    public required SetLine? Number { get; init; }
    public required string Anchor { get; init; }
    public required string Title { get; init; }
    public required double LineHeight { get; init; }
    public required double Width { get; init; }
    public required double Baseline { get; init; }

    public override void Draw(ICanvas canvas, double x, double y)
    {
        canvas.BeginTag(StructureTag.Toci);
        canvas.BeginLink(x + Indent, y, Width, Height, null, Anchor, Title);
        for (var i = 0; i < Lines.Count; i++) LineSlice.DrawLine(canvas, Lines[i], x + Indent, y + i * LineHeight + Baseline);
        if (Number is not null)
            LineSlice.DrawLine(canvas, Number, x + Indent + Width - Number.Width, y + (Lines.Count - 1) * LineHeight + Baseline);
        canvas.EndLink();
        canvas.EndTag();
    }
}
