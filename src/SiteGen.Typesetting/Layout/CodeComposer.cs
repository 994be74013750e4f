using System.Text;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// A code block (docs/typography.md rule 21): monospace, every source line its own line, spaces and tabs kept,
/// never justified, no Han–Latin gaps or punctuation adjustment (they would break the columns). A line longer
/// than the measure wraps under its own indentation with a continuation mark at the right edge; nothing is clipped.
/// Tagged as a P holding a Code element, so a screen reader announces code and copies keep the spaces.
/// </summary>
internal sealed class CodeComposer(LayoutContext context)
{
    private const int TabStop = 4;

    public void Compose(PreformattedBlock pre, List<FlowItem> items, double indent, double width)
    {
        var style = new TextStyle(FontRole.Code, false, context.Settings.CodePoints);
        var lh = style.Size * context.Settings.Leading;
        // The block stands in from the text by code-indent-em, with a thin rule in that inset marking it as a listing.
        var inset = context.Settings.CodeIndentEm * context.BodySize;
        var measure = width - inset - MarkRoom(style);
        var set = new List<(SetLine Line, double Offset, bool Continues, double Space)>();
        var space = 0.0;
        foreach (var raw in pre.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var text = ExpandTabs(raw.TrimEnd());
            if (text.Length == 0)
            {
                space += lh;
                continue;
            }
            var lines = Wrap(text, style, measure, pre.Source);
            for (var i = 0; i < lines.Count; i++)
            {
                set.Add((lines[i].Line, lines[i].Offset, i < lines.Count - 1, set.Count == 0 ? 0 : space));
                space = 0;
            }
        }
        // docs/typography.md rule 24: code-space above and below sets the listing off from the text around it, as
        // quote-space does a quote; folded into the neighbours' space (the larger counts), so at a page top it goes.
        var apart = context.BodyLine * context.Settings.CodeSpace;
        items.Add(new SpaceItem(apart));
        items.Add(new TagItem(StructureTag.P));
        items.Add(new TagItem(StructureTag.Code));
        for (var n = 0; n < set.Count; n++)
        {
            items.Add(new CodeLineSlice
            {
                Line = set[n].Line, Offset = set[n].Offset, Continues = set[n].Continues,
                Baseline = BlockComposer.Baseline(lh, style.Size), Height = lh,
                Indent = indent + inset, Source = pre.Source, MarkX = measure + MarkRoom(style) / 2, RuleX = -inset / 2,
                RuleTop = -set[n].Space, RuleBottom = lh,
                SpaceBefore = n == 0 ? 0 : set[n].Space,
                KeepWithPrevious = n == 1 || (n > 0 && n == set.Count - 1), // no first or last line alone; a long block still breaks
            });
        }
        items.Add(new TagItem(null));
        items.Add(new TagItem(null));
        items.Add(new SpaceItem(apart));
    }

    /// <summary>Room kept at the right of every code line for the continuation mark.</summary>
    private static double MarkRoom(TextStyle style) => style.Size;

    /// <summary>Tabs to the next multiple of four columns, as editors show them.</summary>
    private static string ExpandTabs(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal)) return line;
        var b = new StringBuilder();
        foreach (var c in line)
        {
            if (c == '\t') b.Append(' ', TabStop - b.Length % TabStop);
            else b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>
    /// Cuts one source line into set lines no wider than <paramref name="measure"/>. A break goes after the last space
    /// in the second half of the line when there is one, else before the character that does not fit; continuation
    /// lines hang under the line's first non-space character (at most half the measure in).
    /// </summary>
    private List<(SetLine Line, double Offset)> Wrap(string text, TextStyle style, double measure, string source)
    {
        var glyphs = new List<(string Text, string Face, double Width)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = context.Measurer.FaceFor(style, rune.Value);
            if (face is null || ComplexScripts.Contains(rune.Value))
            {
                context.Missing(rune.Value, source);
                continue;
            }
            glyphs.Add((rune.ToString(), face, context.Measurer.AdvanceEm(face, rune.Value) * style.Size));
        }
        var lead = 0.0;
        for (var k = 0; k < glyphs.Count && glyphs[k].Text == " "; k++) lead += glyphs[k].Width;
        var hang = Math.Min(lead, measure / 2);
        var result = new List<(SetLine, double)>();
        var start = 0;
        while (start < glyphs.Count)
        {
            var offset = start == 0 ? 0 : hang;
            var room = measure - offset;
            var end = start;
            var used = 0.0;
            while (end < glyphs.Count && (used + glyphs[end].Width <= room + 1e-6 || end == start))
            {
                used += glyphs[end].Width;
                end++;
            }
            if (end < glyphs.Count)
            {
                var cut = BreakAfterSeparator(glyphs, start, end, room);
                if (cut > start) end = cut;
            }
            result.Add((Line(glyphs, start, end, style), offset));
            start = end;
            // A wrapped line does not start with the spaces it broke at.
            if (start > 0) while (start < glyphs.Count && glyphs[start].Text == " ") start++;
        }
        return result;
    }

    /// <summary>
    /// Where a too-long line breaks: after its last space in the second half, else after the last separator there
    /// (/ . , ; : = & ? - _ and closing brackets, as in paths and URLs); -1 when neither (cut before the overflow).
    /// </summary>
    private static int BreakAfterSeparator(List<(string Text, string Face, double Width)> glyphs, int start, int end, double room)
    {
        var x = glyphs.Skip(start).Take(end - start).Sum(g => g.Width);
        var separator = -1;
        for (var k = end - 1; k > start; k--)
        {
            x -= glyphs[k].Width;
            if (x < room / 2) break;
            if (glyphs[k].Text == " ") return k + 1;
            if (separator < 0 && glyphs[k].Text is "/" or "." or "," or ";" or ":" or "=" or "&" or "?" or "-" or "_" or ")" or "]" or "}" or "，" or "。" or "、")
                separator = k + 1;
        }
        return separator;
    }

    /// <summary>One atom per run of characters in the same face: drawn as it stands, spaces included, so a copy keeps them.</summary>
    private static SetLine Line(List<(string Text, string Face, double Width)> glyphs, int start, int end, TextStyle style)
    {
        var placed = new List<PlacedAtom>();
        var x = 0.0;
        var k = start;
        while (k < end)
        {
            var face = glyphs[k].Face;
            var text = new StringBuilder();
            var w = 0.0;
            while (k < end && glyphs[k].Face == face)
            {
                text.Append(glyphs[k].Text);
                w += glyphs[k].Width;
                k++;
            }
            var atom = new Atom { Text = text.ToString(), Face = face, Style = style, Width = w, Kind = AtomKind.Latin };
            placed.Add(new PlacedAtom(atom, x, x, w));
            x += w;
        }
        return new SetLine(placed, x, true);
    }
}
