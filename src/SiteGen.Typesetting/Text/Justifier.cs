namespace SiteGen.Typesetting.Text;

/// <summary>How a line is justified: the punctuation style and the most each gap may widen (docs/typography.md 8, 9a).</summary>
internal readonly record struct JustifyRules(bool Compressed, double MaxGapStretchEm)
{
    public static readonly JustifyRules FullWidth = new(false, 0.25);
}

/// <summary>Places the atoms of one line: lose room at the adjustable marks, gain it there first, then evenly (docs/typography.md rule 6-9a).</summary>
internal static class Justifier
{
    private const double SpaceStretchEm = 0.5;

    public static SetLine Set(LineMetrics m, double width, bool justify, bool isLast, JustifyRules rules)
    {
        var n = m.Atoms.Count;
        var advance = (double[])m.Advance.Clone();
        var leftCut = (double[])m.LeftCut.Clone();
        var gap = (double[])m.Gap.Clone();
        var extra = new double[n]; // added after atom k (between k and k+1)
        var diff = width - m.Natural;
        if (diff < 0) Shrink(m, advance, leftCut, -diff);
        else if (justify && n > 1)
        {
            if (rules.Compressed) diff = StretchSpacesAndGaps(m, gap, extra, diff);
            else diff = GiveBackPairs(m, advance, leftCut, diff);
            SpreadEvenly(m, extra, diff, rules.MaxGapStretchEm);
        }

        var placed = new List<PlacedAtom>(n);
        double x = 0;
        for (var k = 0; k < n; k++)
        {
            x += gap[k];
            placed.Add(new PlacedAtom(m.Atoms[k], x, x - leftCut[k] + m.Atoms[k].InkOffset, advance[k]));
            x += advance[k] + extra[k];
        }
        return new SetLine(placed, x, isLast);
    }

    /// <summary>The line end first; inner marks only in the compressed style (the full-width style has none to give).</summary>
    private static void Shrink(LineMetrics m, double[] advance, double[] leftCut, double need)
    {
        var n = m.Atoms.Count;
        var atEnd = Math.Min(need, m.EndShrink);
        if (n > 0) advance[n - 1] -= atEnd;
        need -= atEnd;
        if (need <= 0 || m.InnerShrink <= 0) return;
        var ratio = Math.Min(1, need / m.InnerShrink);
        for (var k = 0; k < n - 1; k++)
        {
            var cut = m.Shrinkable[k] * ratio;
            advance[k] -= cut;
            if (m.Atoms[k].ShrinkLeft) leftCut[k] += cut; // opening marks give up their left blank: the glyph moves left
        }
        // An overfull line (a word wider than the measure) stays overfull; layout reports it.
    }

    /// <summary>docs/typography.md rule 8: a line that must gain room takes it first from its adjacent-mark pairs, back towards 2 em.</summary>
    private static double GiveBackPairs(LineMetrics m, double[] advance, double[] leftCut, double diff)
    {
        if (m.PairGive <= 0) return diff;
        var ratio = Math.Min(1, diff / m.PairGive);
        for (var k = 0; k < m.Atoms.Count; k++)
        {
            var give = m.PairCut[k] * ratio;
            if (give <= 0) continue;
            advance[k] += give;
            if (leftCut[k] > 0) leftCut[k] -= give; // an opening mark gets its left blank back: the glyph moves right
        }
        return diff - m.PairGive * ratio;
    }

    /// <summary>The compressed style's order: Latin word spaces, then Han-Latin gaps up to ⅓ em.</summary>
    private static double StretchSpacesAndGaps(LineMetrics m, double[] gap, double[] extra, double diff)
    {
        var n = m.Atoms.Count;
        var spaces = Enumerable.Range(0, n).Where(k => m.Atoms[k].Kind == AtomKind.Space).ToList();
        if (spaces.Count > 0)
        {
            var cap = spaces.Sum(k => m.Atoms[k].Style.Size * SpaceStretchEm);
            var take = Math.Min(diff, cap);
            foreach (var k in spaces) extra[k] += take * (m.Atoms[k].Style.Size * SpaceStretchEm) / cap;
            diff -= take;
        }
        var gaps = Enumerable.Range(1, n - 1).Where(k => gap[k] > 0).ToList();
        if (diff > 0 && gaps.Count > 0)
        {
            var room = gaps.Sum(k => gap[k] * (LineMetrics.HanLatinGapMaxEm / LineMetrics.HanLatinGapEm - 1));
            var take = Math.Min(diff, room);
            foreach (var k in gaps) gap[k] += take * (gap[k] * (LineMetrics.HanLatinGapMaxEm / LineMetrics.HanLatinGapEm - 1)) / room;
            diff -= take;
        }
        return diff;
    }

    /// <summary>
    /// What is left goes evenly into every gap of the line (not inside a Latin word or URL), but never more than the cap per gap (docs/typography.md rule 9a): a line
    /// that would need more stays short of the measure rather than spreading its characters apart.
    /// </summary>
    private static void SpreadEvenly(LineMetrics m, double[] extra, double diff, double maxEm)
    {
        var n = m.Atoms.Count;
        if (diff <= 0) return;
        var size = m.Atoms.Where(a => a.Kind != AtomKind.NoteMark).Select(a => a.Style.Size).DefaultIfEmpty(0).Max();
        // Pieces of one Latin word, number or URL (split only to allow a break after / . @) stay joined: space
        // there would read as a space in the address. Every other gap takes an equal share.
        var open = Enumerable.Range(0, n - 1).Where(k => !(LatinSide(m.Atoms[k]) && LatinSide(m.Atoms[k + 1]))).ToList();
        if (open.Count == 0) return;
        var each = Math.Min(diff / open.Count, maxEm * size);
        foreach (var k in open) extra[k] += each;
    }

    /// <summary>A Latin word or a half-width mark (a comma, a bracket of Latin text): nothing may open up between two of them.</summary>
    private static bool LatinSide(Atom atom) =>
        atom.IsLatinLike || (atom.Kind == AtomKind.Punct && atom.Text.All(c => c < '\u2000'));
}
