namespace SiteGen.Typesetting.Text;

/// <summary>An atom placed on a line: <see cref="X"/> is where its advance starts, <see cref="DrawX"/> where its glyphs go.</summary>
internal sealed record PlacedAtom(Atom Atom, double X, double DrawX, double Advance);

/// <summary>One set line. <see cref="Width"/> is the distance from the first atom's start to the last atom's end.</summary>
internal sealed record SetLine(IReadOnlyList<PlacedAtom> Atoms, double Width, bool IsLast)
{
    public double MaxSize => Atoms.Count == 0 ? 0 : Atoms.Where(a => a.Atom.Kind != AtomKind.NoteMark).Select(a => a.Atom.Style.Size).DefaultIfEmpty(0).Max();
}
