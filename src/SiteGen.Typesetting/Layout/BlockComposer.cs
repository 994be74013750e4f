using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>Turns blocks into the flat flow of tags, anchors, breaks and slices. Pure: no page state.</summary>
internal sealed class BlockComposer(LayoutContext context)
{
    private readonly TextSetter _setter = new(context);
    /// <summary>One layout per note, by its anchor: each citation is its own run, but a note cited twice on a page is set there once.</summary>
    private readonly Dictionary<string, NoteLayout> _notes = new(StringComparer.Ordinal);
    private readonly TableComposer _tables = new(context);

    public List<FlowItem> Compose(IReadOnlyList<Block> blocks)
    {
        var items = new List<FlowItem> { new TagItem(StructureTag.Document) };
        var first = true;
        foreach (var block in blocks)
        {
            Compose(block, items, 0, context.TextWidth, first);
            first = false;
        }
        items.Add(new TagItem(null));
        FoldSpaces(items);
        ApplyKeeps(items);
        LeadSharesFirstPartPage(items, context.TextHeight / 2);
        return items;
    }

    /// <summary>Space below the heading just composed, while nothing else has followed it (docs/typography.md rule 19's collapse).</summary>
    private double? _afterHeading;

    private void Compose(Block block, List<FlowItem> items, double indent, double width, bool atStart)
    {
        if (block is not HeadingBlock) _afterHeading = null;
        switch (block)
        {
            case CoverBlock c: items.Add(new CoverSlice(context, c) { Height = context.TextHeight, Source = c.Source }); items.Add(new PageBreakItem(context.Settings.Level1Start == SectionStart.RightPage)); break;
            case TocBlock t: new TocComposer(context, _setter).Compose(t, items, atStart); break;
            case HeadingBlock h: Heading(h, items, indent, width, atStart); break;
            case ParagraphBlock p: Paragraph(p.Runs, p.Source, p.AnchorId, p.FirstLineIndent && indent == 0, items, indent, width, StructureTag.P, indentEm: p.IndentEm); break;
            case ListBlock l: List(l, items, indent, width); break;
            case QuoteBlock q:
                // docs/typography.md rule 22: space above and below, so a quote is not read as the last item of the
                // list before it, nor a one-line quote as a body paragraph (its text starts where theirs does).
                var around = context.BodyLine * context.Settings.QuoteSpace;
                items.Add(new SpaceItem(around));
                items.Add(new TagItem(StructureTag.BlockQuote));
                var inset = context.Settings.QuoteIndentEm * context.BodySize;
                foreach (var b in q.Blocks) Compose(b, items, indent + inset, width - 2 * inset, false);
                items.Add(new TagItem(null));
                items.Add(new SpaceItem(around));
                break;
            case PreformattedBlock pre: new CodeComposer(context).Compose(pre, items, indent, width); break;
            case TableBlock t: _tables.Compose(t, items, indent, width, _setter); break;
            case FigureBlock f: new FigureComposer(context, _setter).Compose(f, items, indent, width); break;
            case ThematicBreakBlock b:
                items.Add(new RuleSlice { Height = context.BodyLine, Width = width / 3, Indent = indent + width / 3, Source = b.Source });
                break;
        }
    }

    private void Heading(HeadingBlock h, List<FlowItem> items, double indent, double width, bool atStart)
    {
        if (h.Level == 1 && !atStart && context.Settings.Level1Start != SectionStart.Continue)
            items.Add(new PageBreakItem(context.Settings.Level1Start == SectionStart.RightPage, opensPart: true));
        var style = context.Heading(h.Level);
        var lines = _setter.Set(h.Runs, style, width, 0, false, h.Source, heading: true);
        var title = TextSetter.Plain(h.Runs);
        // The outline follows the tags (H1 title, top sections H2 when the cover is there), not the body's depth.
        var tagLevel = Math.Clamp(h.TagLevel ?? h.Level, 1, 6);
        items.Add(new AnchorItem(h.AnchorId, tagLevel, title));
        items.Add(new TagItem(StructureTag.H1 + (tagLevel - 1)));
        var lh = style.Size * context.Settings.HeadingLeading;
        // docs/typography.md rule 19: closer to what follows than to what precedes; after another heading only the larger space counts.
        var major = h.Level <= 2;
        var before = context.BodyLine * context.Settings.HeadingSpaceBefore * (major ? 1 : 0.75);
        var after = context.BodyLine * context.Settings.HeadingSpaceAfter * (major ? 1 : 0.5);
        if (_afterHeading is { } previous) before = Math.Max(0, before - previous);
        _afterHeading = after;
        for (var i = 0; i < lines.Count; i++)
        {
            items.Add(new LineSlice
            {
                Line = lines[i], Baseline = Baseline(lh, style.Size), Indent = indent, Source = h.Source,
                Height = lh + (i == lines.Count - 1 ? after : 0),
                SpaceBefore = i == 0 ? before : 0,
                KeepWithPrevious = i > 0,
                KeepNext = i == lines.Count - 1 ? 2 : 0,
                Section = i == 0 && h.Level == 1 ? title : null,
            });
        }
        items.Add(new TagItem(null));
    }

    public void Paragraph(IReadOnlyList<Run> runs, string source, string? anchor, bool firstIndent, List<FlowItem> items,
        double indent, double width, StructureTag tag, TextStyle? styleOverride = null, bool justify = true, double spaceBefore = 0, double? indentEm = null)
    {
        var style = styleOverride ?? context.Body;
        var first = firstIndent ? (indentEm ?? context.Settings.IndentEm) * style.Size : 0;
        var lines = _setter.Set(runs, style, width, first, justify, source);
        if (anchor is not null) items.Add(new AnchorItem(anchor, 0, ""));
        items.Add(new TagItem(tag));
        var lh = style.Size * context.Settings.Leading;
        var n = lines.Count;
        for (var i = 0; i < n; i++)
        {
            items.Add(new LineSlice
            {
                Line = lines[i], Baseline = Baseline(lh, style.Size), Height = lh, Indent = indent, Source = source,
                Offset = i == 0 ? first : 0,
                SpaceBefore = i == 0 ? spaceBefore : 0,
                // docs/typography.md rule 11: no orphan (first line alone at a page foot) and no widow (last line alone at a page top).
                KeepWithPrevious = i > 0 && !(i >= 2 && n - i >= 2),
                Notes = NotesOf(lines[i], source),
            });
        }
        items.Add(new TagItem(null));
    }

    private void List(ListBlock l, List<FlowItem> items, double indent, double width)
    {
        items.Add(new TagItem(StructureTag.L));
        var labelWidth = 2 * context.BodySize;
        // Lists nested so deep that their text would be squeezed under ten characters a line stop stepping in: a
        // deeper level sits where its parent's labels do (the tags still carry the nesting).
        if (width - labelWidth < 10 * context.BodySize && indent >= labelWidth)
        {
            indent -= labelWidth;
            width += labelWidth;
        }
        var lh = context.BodyLine;
        for (var i = 0; i < l.Items.Count; i++)
        {
            items.Add(new TagItem(StructureTag.LI));
            var label = l.Ordered ? $"{l.Start + i}." : "•";
            var labelLines = _setter.Set([new TextRun(label)], context.Body, labelWidth, 0, false, l.Items[i].FirstOrDefault()?.Source ?? l.Source);
            items.Add(new TagItem(StructureTag.Lbl));
            if (labelLines.Count > 0)
                items.Add(new LabelSlice
                {
                    Height = 0, Source = l.Source, SpaceBefore = i == 0 ? lh * 0.25 : 0,
                    Label = new LineSlice { Line = labelLines[0], Baseline = Baseline(lh, context.BodySize), Height = lh, Indent = indent, Source = l.Source },
                });
            items.Add(new TagItem(null));
            items.Add(new TagItem(StructureTag.LBody));
            var bodyStart = items.Count;
            foreach (var b in l.Items[i])
            {
                if (b is ParagraphBlock p)
                    Paragraph(p.Runs, p.Source, p.AnchorId, false, items, indent + labelWidth, width - labelWidth, StructureTag.P);
                else
                    Compose(b, items, indent + labelWidth, width - labelWidth, false);
            }
            // The label sits on the first body line: nothing may separate them.
            var firstSlice = items.Skip(bodyStart).OfType<Slice>().FirstOrDefault();
            if (firstSlice is not null) firstSlice.KeepWithPrevious = true;
            items.Add(new TagItem(null));
            items.Add(new TagItem(null));
        }
        items.Add(new TagItem(null));
    }

    private IReadOnlyList<NoteLayout> NotesOf(SetLine line, string source)
    {
        var notes = line.Atoms.Select(a => a.Atom.Note).OfType<FootnoteRun>().ToList();
        if (notes.Count == 0) return [];
        return notes.Select(n => NoteFor(n, source)).Distinct().ToList();
    }

    private NoteLayout NoteFor(FootnoteRun note, string source)
    {
        if (_notes.TryGetValue(NoteLayout.AnchorOf(note), out var done)) return done;
        var size = context.Settings.FootnotePoints;
        var style = new TextStyle(FontRole.Body, false, size);
        // docs/typography.md rule 23: the number sits right-aligned in a box as wide as the report's widest number
        // plus a gap; every line of the text hangs after the box, so notes 9 and 10 start their text at one x.
        var label = LabelLine(note.Label, style, source);
        var box = NumberBox(style, source);
        var textIndent = box + context.Settings.FootnoteGapEm * size;
        var lines = _setter.Set(note.Content, style, context.TextWidth - textIndent, 0, true, source);
        var lh = size * context.Settings.FootnoteLeading;
        var layout = new NoteLayout(note, label, box - (label?.Width ?? 0), textIndent, lines, lh, Baseline(lh, size));
        _notes[NoteLayout.AnchorOf(note)] = layout;
        return layout;
    }

    private double? _numberBox;

    /// <summary>Width of the widest note number of the whole document, measured once.</summary>
    private double NumberBox(TextStyle style, string source) =>
        _numberBox ??= FootnoteLabels.Of(context.Document.Blocks).Select(l => LabelLine(l, style, source)?.Width ?? 0).DefaultIfEmpty(0).Max();

    private SetLine? LabelLine(string label, TextStyle style, string source) =>
        _setter.Set([new TextRun(label)], style, context.TextWidth, 0, false, source).FirstOrDefault();

    public static double Baseline(double lineHeight, double size) => (lineHeight - size) / 2 + size * 0.88;

    /// <summary>
    /// docs/typography.md rule 13's exception: a short lead before the first part (less than <paramref name="limit"/> high, no part
    /// heading in it) does not stand alone on a page before the part's page; the part's page break moves in front
    /// of the lead, which opens the part's page above its heading.
    /// </summary>
    private static void LeadSharesFirstPartPage(List<FlowItem> items, double limit)
    {
        var previousBreak = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not PageBreakItem br) continue;
            if (previousBreak >= 0 && IsLead(items, previousBreak + 1, i, limit))
            {
                items[previousBreak] = new PageBreakItem(br.ToRightPage || ((PageBreakItem)items[previousBreak]).ToRightPage, br.OpensPart);
                items.RemoveAt(i);
                i--;
                continue;
            }
            previousBreak = i;
        }
    }

    private static bool IsLead(List<FlowItem> items, int from, int to, double limit)
    {
        var slices = items.Skip(from).Take(to - from).OfType<Slice>().ToList();
        if (slices.Count == 0 || slices.Any(s => s.Section is not null || s is CoverSlice or TocLineSlice)) return false;
        if (items.Skip(to).OfType<Slice>().FirstOrDefault()?.Section is null) return false; // the break must open a part
        return slices.Sum(s => s.Height + s.SpaceBefore) <= limit;
    }

    /// <summary>docs/typography.md rule 12: the slices after a heading stay on its page.</summary>
    /// <summary>Each <see cref="SpaceItem"/> becomes space above the next slice (the larger of the two counts), then goes.</summary>
    private static void FoldSpaces(List<FlowItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not SpaceItem space) continue;
            for (var j = i + 1; j < items.Count && items[j] is not PageBreakItem; j++)
            {
                if (items[j] is not Slice next) continue;
                next.SpaceBefore = Math.Max(next.SpaceBefore, space.Height);
                break;
            }
        }
        items.RemoveAll(item => item is SpaceItem);
    }

    private static void ApplyKeeps(List<FlowItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not Slice { KeepNext: > 0 } s) continue;
            var left = s.KeepNext;
            for (var j = i + 1; j < items.Count && left > 0; j++)
            {
                if (items[j] is PageBreakItem) break;
                if (items[j] is not Slice next || next.Height <= 0) continue;
                next.KeepWithPrevious = true;
                left--;
            }
        }
    }
}
