using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>Turns runs into set lines for a given style and measure, reporting missing characters.</summary>
internal sealed class TextSetter(LayoutContext context)
{
    private readonly Tokenizer _tokenizer = new(context.Measurer);

    private readonly JustifyRules _rules = new(context.Settings.Punctuation == PunctuationStyle.Compressed, context.Settings.MaxGapStretchEm);

    /// <param name="heading">Set as a heading: ragged, broken after marks rather than inside a phrase (docs/typography.md rule 20).</param>
    public List<SetLine> Set(IReadOnlyList<Run> runs, TextStyle style, double measure, double firstIndent, bool justify, string source, bool heading = false) =>
        Set(Spans(runs, style, source), measure, firstIndent, justify, source, heading);

    public List<SetLine> Set(IReadOnlyList<InlineSpan> spans, double measure, double firstIndent, bool justify, string source, bool heading = false)
    {
        if (spans.Any(s => s.HardBreak))
        {
            // A hard line break ends a line as a paragraph's end does (not justified); the text after it starts the
            // next line at the margin. Each piece is set on its own.
            var broken = new List<SetLine>();
            var piece = new List<InlineSpan>();
            foreach (var span in spans.Append(new InlineSpan("", spans[0].Style, HardBreak: true)))
            {
                if (!span.HardBreak) { piece.Add(span); continue; }
                if (piece.Count > 0) broken.AddRange(Set(piece, measure, broken.Count == 0 ? firstIndent : 0, justify, source, heading));
                piece = [];
            }
            return broken;
        }
        var key = new SetTextKey(spans, measure, firstIndent, justify, heading);
        if (!context.SetCache.TryGetValue(key, out var set))
        {
            var missing = new List<int>();
            var cut = new List<string>();
            // A word may have to stand on the first line, after its indent, so no piece is wider than that line.
            var atoms = _tokenizer.Tokenize(spans, missing.Add, measure - Math.Max(0, firstIndent), cut.Add);
            set = new SetText(atoms.Count == 0 ? [] : LineBreaker.Break(atoms, measure, firstIndent, justify, _rules, heading), missing, cut);
            context.SetCache[key] = set;
        }
        foreach (var cp in set.Missing) context.Missing(cp, source);
        if (set.Cut.Count > 0 && context.OverflowReported.Add(source))
            context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF003",
                $"\"{Start(set.Cut[0])}…\" is longer than the line and was broken inside the word, without a hyphen.", source)
                { Problem = TypesetProblem.WordCut, Args = [Start(set.Cut[0])] });
        // A fresh list each time: callers own what they get.
        var lines = new List<SetLine>(set.Lines);
        if (lines.Count == 0) return lines;
        // One warning per source line, naming the first piece that overflows: a wide table is one problem, not one per cell.
        if (lines.FirstOrDefault(l => l.Width > measure + 0.5 && l.Atoms.Count > 0) is { } overfull && context.OverflowReported.Add(source))
            context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF003",
                $"\"{Start(overfull.Atoms[0].Atom.Text)}…\" is wider than the line and overflows the margin.", source)
                { Problem = TypesetProblem.LineOverflows, Args = [Start(overfull.Atoms[0].Atom.Text)] });
        return lines;
    }

    /// <summary>The start of a long piece of text, enough to find it in the source.</summary>
    private static string Start(string text)
    {
        var (length, count) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            if (++count > 24) break;
            length += rune.Utf16SequenceLength;
        }
        return text[..length];
    }

    public List<InlineSpan> Spans(IReadOnlyList<Run> runs, TextStyle style, string source)
    {
        var spans = new List<InlineSpan>();
        foreach (var run in runs)
        {
            switch (run)
            {
                case TextRun t:
                    spans.Add(new InlineSpan(t.Text, StyleOf(style, t), t.Emphasis));
                    break;
                case LinkRun l:
                    foreach (var t in l.Content)
                        spans.Add(new InlineSpan(t.Text, StyleOf(style, t), t.Emphasis, l));
                    if (PageReference(l, source) is { } reference) spans.Add(new InlineSpan(reference, style, Link: l, Unbreakable: true));
                    break;
                case FootnoteRun f:
                    spans.Add(new InlineSpan(f.Label, style, Note: f));
                    break;
                case LineBreakRun:
                    spans.Add(new InlineSpan("", style, HardBreak: true));
                    break;
            }
        }
        return spans;
    }

    /// <summary>A run's own style inside its block's: bold adds, italic Latin emphasis, inline code in the monospace faces.</summary>
    private static TextStyle StyleOf(TextStyle style, TextRun run) => style with
    {
        Bold = style.Bold || run.Bold,
        Italic = style.Italic || run.Italic,
        Role = run.Code ? FontRole.Code : style.Role,
    };

    /// <summary>
    /// The page reference after an internal link, part of the link. Pass one does not know pages yet and sets a
    /// two-digit stand-in, so pass two's real numbers move little; a link whose target never landed gets none.
    /// </summary>
    private string? PageReference(LinkRun link, string source)
    {
        if (link.Anchor is null || context.Settings.PageReference is not { } format) return null;
        int? page = null;
        if (context.PagesKnown)
        {
            if (!context.AnchorPages.TryGetValue(link.Anchor, out var p)) return null;
            page = p;
        }
        context.PageReferences.Add(new PageReferenceSet(link.Anchor, page, source));
        return format.Replace("{page}", (page ?? 88).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static string Plain(IReadOnlyList<Run> runs) => string.Concat(runs.Select(r => r switch
    {
        TextRun t => t.Text,
        LinkRun l => string.Concat(l.Content.Select(c => c.Text)),
        LineBreakRun => " ",
        _ => "",
    }));
}

/// <summary>What <see cref="TextSetter"/> made of some spans: the lines, and the characters no font has, in order.</summary>
internal sealed record SetText(IReadOnlyList<SetLine> Lines, IReadOnlyList<int> Missing, IReadOnlyList<string> Cut);

internal sealed class SetTextCache : Dictionary<SetTextKey, SetText>;

/// <summary>Spans, measure, indent and justification: all that setting text depends on. Links and notes by identity.</summary>
internal sealed class SetTextKey(IReadOnlyList<InlineSpan> spans, double measure, double firstIndent, bool justify, bool heading) : IEquatable<SetTextKey>
{
    private readonly IReadOnlyList<InlineSpan> _spans = spans;
    private readonly double _measure = measure;
    private readonly double _firstIndent = firstIndent;
    private readonly bool _justify = justify;
    private readonly bool _heading = heading;
    private readonly int _hash = Hash(spans, measure, firstIndent, justify);

    private static int Hash(IReadOnlyList<InlineSpan> spans, double measure, double firstIndent, bool justify)
    {
        var h = new HashCode();
        h.Add(measure);
        h.Add(firstIndent);
        h.Add(justify);
        foreach (var s in spans)
        {
            h.Add(s.Text, StringComparer.Ordinal);
            h.Add(s.Style);
        }
        return h.ToHashCode();
    }

    public bool Equals(SetTextKey? other)
    {
        if (other is null || other._hash != _hash || other._spans.Count != _spans.Count) return false;
        if (!other._measure.Equals(_measure) || !other._firstIndent.Equals(_firstIndent) || other._justify != _justify || other._heading != _heading) return false;
        for (var i = 0; i < _spans.Count; i++)
        {
            var a = _spans[i];
            var b = other._spans[i];
            if (!string.Equals(a.Text, b.Text, StringComparison.Ordinal) || !a.Style.Equals(b.Style) || a.Emphasis != b.Emphasis
                || !ReferenceEquals(a.Link, b.Link) || !ReferenceEquals(a.Note, b.Note) || a.Unbreakable != b.Unbreakable || a.HardBreak != b.HardBreak)
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SetTextKey);
    public override int GetHashCode() => _hash;
}
