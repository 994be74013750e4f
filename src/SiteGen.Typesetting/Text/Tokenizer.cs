using System.Text;

namespace SiteGen.Typesetting.Text;

/// <summary>Cuts styled spans into atoms, resolving each character to a face (the fallback chain lives in the measurer).</summary>
internal sealed class Tokenizer(ITextMeasurer measurer)
{
    /// <param name="missing">Called with each character no font has; the character is left out.</param>
    /// <param name="widest">No word piece may be wider than this (the narrowest line it can stand on): a longer one
    /// is cut where it reaches it, so that no character runs off the page.</param>
    /// <param name="cut">Called with each word cut that way.</param>
    public List<Atom> Tokenize(IReadOnlyList<InlineSpan> spans, Action<int> missing, double widest = double.PositiveInfinity, Action<string>? cut = null)
    {
        var atoms = new List<Atom>();
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Note is not null)
            {
                atoms.Add(NoteMark(span, s, missing));
                continue;
            }
            var first = atoms.Count;
            // Text is set as given: punctuation is normalised once, at ingestion (and only when the site asks),
            // so converting it here again would overrule normalize_punctuation: false in the PDFs alone.
            var cps = span.Text.EnumerateRunes().Select(r => r.Value).ToList();
            var i = 0;
            while (i < cps.Count)
            {
                var cp = cps[i];
                if (CharClass.IsSpace(cp))
                {
                    while (i < cps.Count && CharClass.IsSpace(cps[i])) i++;
                    var face = measurer.FaceFor(span.Style, ' ') ?? FixedWidthMeasurer.Face;
                    atoms.Add(Make(" ", face, span, s, AtomKind.Space, measurer.AdvanceEm(face, ' ')));
                    continue;
                }
                var f = measurer.FaceFor(span.Style, cp);
                if (f is null || ComplexScripts.Contains(cp)) { missing(cp); i++; continue; }
                if ((cp == '…' || cp == '—') && i + 1 < cps.Count && cps[i + 1] == cp)
                {
                    // docs/typography.md rule 2: …… and —— are one unbreakable unit.
                    var text = char.ConvertFromUtf32(cp) + char.ConvertFromUtf32(cp);
                    atoms.Add(Make(text, f, span, s, AtomKind.Punct, 2 * measurer.AdvanceEm(f, cp)));
                    i += 2;
                    continue;
                }
                if (CharClass.StandsAlone(cp))
                {
                    atoms.Add(Wide(cp, f, span, s));
                    i++;
                    continue;
                }
                var word = new StringBuilder();
                double em = 0;
                while (i < cps.Count && !CharClass.IsSpace(cps[i]) && !CharClass.StandsAlone(cps[i])
                       && measurer.FaceFor(span.Style, cps[i]) == f)
                {
                    word.Append(char.ConvertFromUtf32(cps[i]));
                    em += measurer.AdvanceEm(f, cps[i]);
                    i++;
                }
                AddWord(atoms, word.ToString(), f, span, s, widest, cut);
            }
            if (span.Unbreakable)
                for (var k = first + 1; k < atoms.Count; k++) atoms[k] = atoms[k] with { Glued = true };
        }
        return atoms;
    }

    /// <summary>
    /// A Latin word is one atom; a URL or e-mail address is cut into pieces a line may end after (docs/typography.md
    /// rule 9a); a piece wider than <paramref name="widest"/> is cut where it reaches it, without a hyphen, since
    /// the alternative is characters printed past the edge of the page.
    /// </summary>
    private void AddWord(List<Atom> atoms, string word, string face, InlineSpan span, int s, double widest, Action<string>? cut)
    {
        foreach (var (piece, last) in UrlPieces.Split(word))
        {
            var parts = Cut(piece, face, span.Style.Size, widest);
            if (parts.Count > 1) cut?.Invoke(piece);
            for (var k = 0; k < parts.Count; k++)
            {
                var (text, em) = parts[k];
                atoms.Add(Make(text, face, span, s, AtomKind.Latin, em) with
                {
                    BreakAfter = !last || k < parts.Count - 1,
                    NoStart = k == 0 && CharClass.IsAsciiNoStart(text[0]),
                    NoEnd = k == parts.Count - 1 && CharClass.IsAsciiNoEnd(text[^1]),
                });
            }
        }
    }

    private List<Part> Cut(string piece, string face, double size, double widest)
    {
        var parts = new List<Part>();
        var current = new StringBuilder();
        var em = 0.0;
        foreach (var r in piece.EnumerateRunes())
        {
            var advance = measurer.AdvanceEm(face, r.Value);
            if (current.Length > 0 && (em + advance) * size > widest)
            {
                parts.Add(new Part(current.ToString(), em));
                current.Clear();
                em = 0;
            }
            current.Append(r.ToString());
            em += advance;
        }
        parts.Add(new Part(current.ToString(), em));
        return parts;
    }

    private Atom Wide(int cp, string face, InlineSpan span, int s)
    {
        var em = measurer.AdvanceEm(face, cp);
        if (CharClass.IsInterpunct(cp))
        {
            // docs/typography.md rule 9b: the interpunct takes a full em with its dot in the middle, whatever the font's advance.
            var full = Math.Max(1, em) * span.Style.Size;
            return Make(char.ConvertFromUtf32(cp), face, span, s, AtomKind.Punct, Math.Max(1, em)) with
            {
                NoStart = CharClass.IsNoStart(cp), InkOffset = (full - em * span.Style.Size) / 2,
            };
        }
        var kind = CharClass.IsHan(cp) ? AtomKind.Han : AtomKind.Punct;
        var shrinkable = CharClass.IsLeftGlyphPunct(cp) || CharClass.IsRightGlyphPunct(cp);
        return Make(char.ConvertFromUtf32(cp), face, span, s, kind, em) with
        {
            NoStart = CharClass.IsNoStart(cp),
            NoEnd = CharClass.IsNoEnd(cp),
            Shrink = shrinkable ? em * span.Style.Size / 2 : 0,
            ShrinkLeft = CharClass.IsRightGlyphPunct(cp),
        };
    }

    private Atom NoteMark(InlineSpan span, int s, Action<int> missing)
    {
        var style = span.Style with { Size = span.Style.Size * 0.6 };
        var em = 0.0;
        var face = FixedWidthMeasurer.Face;
        foreach (var r in span.Note!.Label.EnumerateRunes())
        {
            var f = measurer.FaceFor(style, r.Value);
            if (f is null || ComplexScripts.Contains(r.Value)) { missing(r.Value); continue; }
            face = f;
            em += measurer.AdvanceEm(f, r.Value);
        }
        return new Atom
        {
            Text = span.Note.Label, Face = face, Style = style, Width = em * style.Size, Kind = AtomKind.NoteMark,
            NoStart = true, Note = span.Note, Span = s,
        };
    }

    private static Atom Make(string text, string face, InlineSpan span, int s, AtomKind kind, double em) => new()
    {
        Text = text, Face = face, Style = span.Style, Width = em * span.Style.Size, Kind = kind,
        Emphasis = span.Emphasis, Link = span.Link, Span = s,
    };

    /// <summary>A piece of a cut word and its width in em. A class, not a value tuple: generic code over a struct (List, LINQ, Dictionary of a tuple) is an instantiation
    /// ReadyToRun cannot precompile, so every process JIT-compiled it (~40 methods).</summary>
    private sealed record Part(string Text, double Em);
}
