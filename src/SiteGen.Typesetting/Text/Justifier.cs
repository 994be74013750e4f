namespace SiteGen.Typesetting.Text;

/// <summary>Places the atoms of one line: shrink first, then stretch (rules 7-9).</summary>
internal static class Justifier
{
    private const double SpaceStretchEm = 0.5;

    public static SetLine Set(LineMetrics m, double width, bool justify, bool isLast)
    {
        var n = m.Atoms.Count;
        var advance = (double[])m.Advance.Clone();
        var leftCut = (double[])m.LeftCut.Clone();
        var gap = (double[])m.Gap.Clone();
        var extra = new double[n]; // added after atom k (between k and k+1)
        var diff = width - m.Natural;
        if (diff < 0) Shrink(m, advance, leftCut, -diff);
        else if (justify && n > 1) Stretch(m, gap, extra, diff);

        var placed = new List<PlacedAtom>(n);
        double x = 0;
        for (var k = 0; k < n; k++)
        {
            x += gap[k];
            placed.Add(new PlacedAtom(m.Atoms[k], x, x - leftCut[k], advance[k]));
            x += advance[k] + extra[k];
        }
        return new SetLine(placed, x, isLast);
    }

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

    private static void Stretch(LineMetrics m, double[] gap, double[] extra, double diff)
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
        if (diff <= 0) return;
        var each = diff / (n - 1);
        for (var k = 0; k < n - 1; k++) extra[k] += each;
    }
}
