namespace SiteGen.Typesetting.Text;

/// <summary>Natural widths, gaps and shrink of a candidate line (atoms start..end), shared by breaking and justifying.</summary>
internal sealed class LineMetrics
{
    public const double HanLatinGapEm = 0.25;
    public const double HanLatinGapMaxEm = 1.0 / 3;

    /// <param name="compressed">Compressed style: every mark's blank half may go (docs/typography.md rule 8's edition setting).</param>
    public LineMetrics(IReadOnlyList<Atom> atoms, int start, int end, bool compressed = false)
    {
        while (start < end && atoms[start].Kind == AtomKind.Space) start++;
        while (end > start && atoms[end - 1].Kind == AtomKind.Space) end--;
        Atoms = [.. atoms.Skip(start).Take(end - start)];
        var n = Atoms.Count;
        Advance = new double[n];
        LeftCut = new double[n];
        Gap = new double[n];
        Shrinkable = new double[n];
        PairCut = new double[n];
        for (var k = 0; k < n; k++)
        {
            Advance[k] = Atoms[k].Width;
            Shrinkable[k] = Atoms[k].Shrink;
        }
        var lastPair = false;
        for (var k = 1; k < n; k++)
        {
            Gap[k] = GapBetween(Atoms[k - 1], Atoms[k]);
            // docs/typography.md rule 6: two adjacent full-width marks share one half-em blank (1.5 em together). In a run of three
            // (。”（) the middle mark already partners the first, so it keeps its em and only the third may give.
            var a = Atoms[k - 1];
            var b = Atoms[k];
            var pair = false;
            if (Shrinkable[k - 1] > 0 && Shrinkable[k] > 0)
            {
                if (!a.ShrinkLeft && !lastPair) { Advance[k - 1] -= Shrinkable[k - 1]; PairCut[k - 1] = Shrinkable[k - 1]; Shrinkable[k - 1] = 0; pair = true; }
                else if (b.ShrinkLeft) { Advance[k] -= Shrinkable[k]; LeftCut[k] = Shrinkable[k]; PairCut[k] = Shrinkable[k]; Shrinkable[k] = 0; pair = true; }
            }
            lastPair = pair;
        }
        Natural = Advance.Sum() + Gap.Sum();
        // Only marks with a right-hand blank gain anything at the end of a line.
        EndShrink = n > 0 && !Atoms[n - 1].ShrinkLeft ? Shrinkable[n - 1] : 0;
        // docs/typography.md rule 8, full-width style: a mark inside the line keeps its em; only the pair rule and the line end adjust.
        InnerShrink = compressed && n > 1 ? Shrinkable.Take(n - 1).Sum() : 0;
        PairGive = PairCut.Sum();
    }

    public IReadOnlyList<Atom> Atoms { get; }
    public double[] Advance { get; }
    public double[] LeftCut { get; }
    public double[] Gap { get; }
    public double[] Shrinkable { get; }
    /// <summary>What the pair rule took from an atom; a line that must gain room gives it back first (up to 2 em a pair).</summary>
    public double[] PairCut { get; }
    public double PairGive { get; }
    public double Natural { get; }
    public double EndShrink { get; }
    public double InnerShrink { get; }
    public double Minimum => Natural - EndShrink - InnerShrink;

    /// <summary>
    /// <c>new LineMetrics(atoms, start, end).Minimum</c> without building the line: the breaker asks this for every
    /// candidate end. Same steps and the same order of additions, so the same double, bit for bit.
    /// </summary>
    public static double MinimumOf(IReadOnlyList<Atom> atoms, int start, int end, bool compressed = false)
    {
        while (start < end && atoms[start].Kind == AtomKind.Space) start++;
        while (end > start && atoms[end - 1].Kind == AtomKind.Space) end--;
        if (start == end) return 0;
        double advanceSum = 0, gapSum = 0, innerShrink = 0;
        var previous = atoms[start];
        var previousAdvance = previous.Width;
        var previousShrink = previous.Shrink;
        var lastPair = false;
        for (var k = start + 1; k < end; k++)
        {
            var b = atoms[k];
            var advance = b.Width;
            var shrink = b.Shrink;
            gapSum += GapBetween(previous, b);
            var pair = false;
            if (previousShrink > 0 && shrink > 0)
            {
                if (!previous.ShrinkLeft && !lastPair) { previousAdvance -= previousShrink; previousShrink = 0; pair = true; }
                else if (b.ShrinkLeft) { advance -= shrink; shrink = 0; pair = true; }
            }
            lastPair = pair;
            // The previous atom is final now: later atoms only change their own values or their left neighbour's.
            advanceSum += previousAdvance;
            if (compressed) innerShrink += previousShrink;
            previous = b;
            previousAdvance = advance;
            previousShrink = shrink;
        }
        advanceSum += previousAdvance;
        var natural = advanceSum + gapSum;
        var endShrink = !previous.ShrinkLeft ? previousShrink : 0;
        return natural - endShrink - innerShrink;
    }

    /// <summary>
    /// docs/typography.md rule 9: ¼ em between Han and Latin letters or digits, none beside Chinese punctuation. None inside a glued
    /// unit either: a page reference is set tight, "（第12页）", so text extraction reads it as written.
    /// </summary>
    internal static double GapBetween(Atom a, Atom b)
    {
        if (b.Glued) return 0;
        var hanLatin = (a.Kind == AtomKind.Han && IsAlnumWord(b)) || (IsAlnumWord(a) && b.Kind == AtomKind.Han);
        if (!hanLatin) return 0;
        var size = a.Kind == AtomKind.Han ? a.Style.Size : b.Style.Size;
        return HanLatinGapEm * size;
    }

    private static bool IsAlnumWord(Atom a)
    {
        if (a.Kind != AtomKind.Latin) return false;
        foreach (var r in a.Text.EnumerateRunes())
            if (CharClass.IsLatinLetterOrDigit(r.Value)) return true;
        return false;
    }
}
