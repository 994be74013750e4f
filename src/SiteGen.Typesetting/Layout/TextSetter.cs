using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>Turns runs into set lines for a given style and measure, reporting missing characters.</summary>
internal sealed class TextSetter(LayoutContext context)
{
    private readonly Tokenizer _tokenizer = new(context.Measurer);

    public List<SetLine> Set(IReadOnlyList<Run> runs, TextStyle style, double measure, double firstIndent, bool justify, string source) =>
        Set(Spans(runs, style, source), measure, firstIndent, justify, source);

    public List<SetLine> Set(IReadOnlyList<InlineSpan> spans, double measure, double firstIndent, bool justify, string source)
    {
        var atoms = _tokenizer.Tokenize(spans, cp => context.Missing(cp, source));
        if (atoms.Count == 0) return [];
        var lines = LineBreaker.Break(atoms, measure, firstIndent, justify);
        foreach (var line in lines)
            if (line.Width > measure + 0.5 && line.Atoms.Count > 0)
                context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF003",
                    $"\"{line.Atoms[0].Atom.Text}…\" is wider than the line and overflows the margin.", source));
        return lines;
    }

    public List<InlineSpan> Spans(IReadOnlyList<Run> runs, TextStyle style, string source)
    {
        var spans = new List<InlineSpan>();
        foreach (var run in runs)
        {
            switch (run)
            {
                case TextRun t:
                    spans.Add(new InlineSpan(t.Text, style with { Bold = style.Bold || t.Bold }, t.Emphasis));
                    break;
                case LinkRun l:
                    foreach (var t in l.Content)
                        spans.Add(new InlineSpan(t.Text, style with { Bold = style.Bold || t.Bold }, t.Emphasis, l));
                    if (PageReference(l, source) is { } reference) spans.Add(new InlineSpan(reference, style, Link: l, Unbreakable: true));
                    break;
                case FootnoteRun f:
                    spans.Add(new InlineSpan(f.Label, style, Note: f));
                    break;
            }
        }
        return spans;
    }

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
        _ => "",
    }));
}
