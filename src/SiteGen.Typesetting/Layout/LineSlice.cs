using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>One set line of text. Links become tagged link annotations; emphasis gets dots under the glyphs.</summary>
internal sealed class LineSlice : Slice
{
    public required SetLine Line { get; init; }
    /// <summary>Distance from the slice top to the baseline.</summary>
    public required double Baseline { get; init; }
    /// <summary>Horizontal offset of the line inside the slice (first-line indent, centring, right alignment).</summary>
    public double Offset { get; init; }

    public override void Draw(ICanvas canvas, double x, double y) => DrawLine(canvas, Line, x + Indent + Offset, y + Baseline);

    public static void DrawLine(ICanvas canvas, SetLine line, double left, double baseline)
    {
        var atoms = line.Atoms;
        var i = 0;
        while (i < atoms.Count)
        {
            var link = atoms[i].Atom.Link;
            if (link is null)
            {
                DrawAtom(canvas, atoms[i], left, baseline);
                i++;
                continue;
            }
            var j = i;
            while (j < atoms.Count && ReferenceEquals(atoms[j].Atom.Link, link)) j++;
            var x0 = left + atoms[i].X;
            var x1 = left + atoms[j - 1].X + atoms[j - 1].Advance;
            var size = atoms[i].Atom.Style.Size;
            var alt = string.Concat(link.Content.Select(c => c.Text));
            canvas.BeginLink(x0, baseline - size * 0.9, x1 - x0, size * 1.15, link.Uri, link.Anchor, alt);
            for (var k = i; k < j; k++) DrawAtom(canvas, atoms[k], left, baseline);
            canvas.EndLink();
            i = j;
        }
    }

    /// <summary>The link's description (its annotation's /Contents): the note's label and the start of its text.</summary>
    private static string NoteDescription(Model.FootnoteRun note)
    {
        var text = TextSetter.Plain(note.Content);
        if (text.Length > 80) text = text[..80] + "…";
        return text.Length == 0 ? note.Label : note.Label + " " + text;
    }

    private static void DrawAtom(ICanvas canvas, PlacedAtom p, double left, double baseline)
    {
        var a = p.Atom;
        if (a.Kind == AtomKind.Space) return;
        if (a.Kind == AtomKind.NoteMark)
        {
            // The mark is a link to its note at the page foot, so a screen-reader user can follow mark to note.
            var target = a.Note is { } cited ? NoteLayout.AnchorOf(cited) : null;
            var top = baseline - a.Style.Size * 0.75 - a.Style.Size * 0.9;
            if (target is not null) canvas.BeginLink(left + p.X, top, p.Advance, a.Style.Size * 1.15, null, target, NoteDescription(a.Note!));
            canvas.Text(left + p.DrawX, baseline - a.Style.Size * 0.75, a.Text, a.Face, a.Style.Size);
            if (target is not null) canvas.EndLink();
            return;
        }
        canvas.Text(left + p.DrawX, baseline, a.Text, a.Face, a.Style.Size);
        if (a.Emphasis && a.Kind is AtomKind.Han or AtomKind.Latin)
        {
            // 着重号: a dot centred under each character (docs/typography.md rule 14), never slanted type.
            var count = a.Kind == AtomKind.Han ? 1 : a.Text.Length;
            var step = p.Advance / count;
            canvas.BeginArtifact();
            for (var k = 0; k < count; k++)
                canvas.FillCircle(left + p.X + step * (k + 0.5), baseline + a.Style.Size * 0.28, a.Style.Size * 0.07);
            canvas.EndArtifact();
        }
    }
}
