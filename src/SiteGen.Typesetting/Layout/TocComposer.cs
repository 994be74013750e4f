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
                LeaderStep = context.Settings.LeaderStepEm * context.BodySize,
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
    /// <summary>Distance between leader dots; dots sit on multiples of it from the text block's edge, so they align down the page.</summary>
    public required double LeaderStep { get; init; }

    public override void Draw(ICanvas canvas, double x, double y)
    {
        canvas.BeginTag(StructureTag.Toci);
        canvas.BeginLink(x + Indent, y, Width, Height, null, Anchor, Title);
        for (var i = 0; i < Lines.Count; i++) LineSlice.DrawLine(canvas, Lines[i], x + Indent, y + i * LineHeight + Baseline);
        if (Number is not null)
        {
            var baseline = y + (Lines.Count - 1) * LineHeight + Baseline;
            var numberX = x + Indent + Width - Number.Width;
            Leaders(canvas, x, x + Indent + (Lines.Count > 0 ? Lines[^1].Width : 0), numberX, baseline);
            LineSlice.DrawLine(canvas, Number, numberX, baseline);
        }
        canvas.EndLink();
        canvas.EndTag();
    }

    /// <summary>docs/typography.md rule 18: a row of dots from the entry to its page number; decoration, so an artifact.</summary>
    private void Leaders(ICanvas canvas, double blockLeft, double from, double to, double baseline)
    {
        var clear = LeaderStep;
        var first = Math.Ceiling((from + clear - blockLeft) / LeaderStep) * LeaderStep + blockLeft;
        if (first > to - clear) return;
        canvas.BeginArtifact();
        for (var dx = first; dx <= to - clear + 1e-6; dx += LeaderStep)
            canvas.FillCircle(dx, baseline - LeaderStep * 0.15, LeaderStep * 0.09);
        canvas.EndArtifact();
    }
}
