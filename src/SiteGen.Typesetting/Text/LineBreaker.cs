namespace SiteGen.Typesetting.Text;

/// <summary>Greedy Chinese line breaking: fill each line as far as shrinking allows (docs/typography.md rule 3-6), then justify (7-9).</summary>
internal static class LineBreaker
{
    private const double Epsilon = 1e-6;

    /// <param name="firstIndent">Space before the first line (docs/typography.md rule 10's 2 em indent).</param>
    /// <param name="afterPunctuation">Headings (docs/typography.md rule 20): break after a mark or space rather than inside a phrase.</param>
    public static List<SetLine> Break(IReadOnlyList<Atom> atoms, double measure, double firstIndent, bool justify,
        JustifyRules? rules = null, bool afterPunctuation = false)
    {
        var r = rules ?? JustifyRules.FullWidth;
        var ends = BreakPoints(atoms, measure, firstIndent, 0, r.Compressed);
        if (afterPunctuation) PreferBreaksAfterPunctuation(atoms, measure, firstIndent, ends, r.Compressed);
        else AvoidLonelyLastCharacter(atoms, measure, firstIndent, ends, r.Compressed);
        var lines = new List<SetLine>();
        var start = 0;
        for (var i = 0; i < ends.Count; i++)
        {
            var width = measure - (i == 0 ? firstIndent : 0);
            var isLast = i == ends.Count - 1;
            lines.Add(Justifier.Set(new LineMetrics(atoms, start, ends[i], r.Compressed), width, justify && !isLast, isLast, r));
            start = ends[i];
        }
        return lines;
    }

    public static bool CanBreakBefore(IReadOnlyList<Atom> atoms, int e)
    {
        if (e <= 0 || e >= atoms.Count) return true;
        var a = atoms[e - 1];
        var b = atoms[e];
        if (b.Kind == AtomKind.Space) return false;
        if (b.NoStart || a.NoEnd || b.Glued) return false;
        // docs/typography.md rule 5: Latin words, numbers and their neighbouring non-space pieces stay whole.
        // docs/typography.md rule 9a: a URL or e-mail address breaks after / . @ - _ ? & = (the tokenizer marks those pieces).
        if (a.IsLatinLike && b.IsLatinLike) return a.BreakAfter;
        return true;
    }

    private static List<int> BreakPoints(IReadOnlyList<Atom> atoms, double measure, double firstIndent, int from, bool compressed)
    {
        var ends = new List<int>();
        var start = from;
        while (start < atoms.Count)
        {
            var width = measure - (start == 0 ? firstIndent : 0);
            var end = LongestFit(atoms, start, width, compressed);
            ends.Add(end);
            start = end;
            while (start < atoms.Count && atoms[start].Kind == AtomKind.Space) start++;
            if (start == atoms.Count && ends[^1] != atoms.Count) ends[^1] = atoms.Count;
        }
        return ends;
    }

    private static int LongestFit(IReadOnlyList<Atom> atoms, int start, double width, bool compressed)
    {
        var best = -1;
        for (var e = start + 1; e <= atoms.Count; e++)
        {
            if (!CanBreakBefore(atoms, e)) continue;
            if (LineMetrics.MinimumOf(atoms, start, e, compressed) <= width + Epsilon) best = e;
            else return best > 0 ? best : ForcedBreak(atoms, start, e, width, compressed);
        }
        return atoms.Count;
    }

    /// <summary>
    /// Nothing up to the first permitted break fits (a narrow table column in large print, a long number or
    /// word): rather than run into the margin or the next cell, break at the last place that fits even where the
    /// rules would keep pieces together. Only a single piece wider than the whole measure still overflows.
    /// </summary>
    private static int ForcedBreak(IReadOnlyList<Atom> atoms, int start, int permitted, double width, bool compressed)
    {
        for (var f = permitted - 1; f > start; f--)
        {
            if (atoms[f].Kind != AtomKind.Space && LineMetrics.MinimumOf(atoms, start, f, compressed) <= width + Epsilon) return f;
        }
        return Math.Min(permitted, start + 1);
    }

    /// <summary>docs/typography.md rule 11: a paragraph's last line holds more than one character (punctuation aside).</summary>
    private static void AvoidLonelyLastCharacter(IReadOnlyList<Atom> atoms, double measure, double firstIndent, List<int> ends, bool compressed)
    {
        for (var attempt = 0; attempt < 3 && ends.Count >= 2; attempt++)
        {
            var lastStart = ends[^2];
            if (Characters(atoms, lastStart, atoms.Count) > 1) return;
            var prevStart = ends.Count >= 3 ? ends[^3] : 0;
            var earlier = -1;
            for (var e = ends[^2] - 1; e > prevStart + 1; e--)
                if (CanBreakBefore(atoms, e)) { earlier = e; break; }
            if (earlier < 0) return;
            ends.RemoveRange(ends.Count - 2, 2);
            ends.Add(earlier);
            var rest = BreakPoints(atoms, measure, firstIndent, earlier, compressed);
            ends.AddRange(rest);
        }
    }

    /// <summary>
    /// docs/typography.md rule 20: a heading line ends after a mark or a space when one falls in its second half, so a phrase is not
    /// cut in two; the rest of the heading is broken again from there.
    /// </summary>
    private static void PreferBreaksAfterPunctuation(IReadOnlyList<Atom> atoms, double measure, double firstIndent, List<int> ends, bool compressed)
    {
        var start = 0;
        for (var i = 0; i < ends.Count - 1; i++)
        {
            var width = measure - (i == 0 ? firstIndent : 0);
            for (var e = ends[i]; e > start; e--)
            {
                if (e < ends[i] && LineMetrics.MinimumOf(atoms, start, e, compressed) < width / 2) break;
                var before = atoms[e - 1];
                var phraseEnd = before.Kind == AtomKind.Punct && !before.NoEnd || atoms[e].Kind == AtomKind.Space;
                if (!phraseEnd || !CanBreakBefore(atoms, e)) continue;
                if (e == ends[i]) break;
                ends.RemoveRange(i, ends.Count - i);
                ends.Add(e);
                var next = e;
                while (next < atoms.Count && atoms[next].Kind == AtomKind.Space) next++;
                ends.AddRange(BreakPoints(atoms, measure, firstIndent, next, compressed));
                break;
            }
            start = ends[i];
        }
    }

    private static int Characters(IReadOnlyList<Atom> atoms, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (atoms[i].Kind == AtomKind.Han) count++;
            else if (atoms[i].Kind == AtomKind.Latin) count += atoms[i].Text.Length;
        }
        return count;
    }
}
