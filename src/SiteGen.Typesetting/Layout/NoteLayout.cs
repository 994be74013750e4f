using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// A footnote set for the foot of the page: its number in a box as wide as the report's widest note number, and its
/// lines hanging after that box (docs/typography.md rule 23), so every note's text starts at the same x.
/// </summary>
internal sealed class NoteLayout(FootnoteRun note, SetLine? label, double labelOffset, double textIndent,
    IReadOnlyList<SetLine> lines, double lineHeight, double baseline)
{
    public FootnoteRun Note { get; } = note;
    public double Height => Math.Max(1, lines.Count) * lineHeight;

    /// <summary>The note's destination and structure identifier: the report's id for it, else one made from its label.</summary>
    public static string AnchorOf(FootnoteRun note) => note.AnchorId ?? "note-" + note.Label;

    /// <param name="id">This copy's identifier (<see cref="NoteCopies"/>): the mark that cites the note on this page points at it.</param>
    public void Draw(ICanvas canvas, double x, double y, string id)
    {
        canvas.BeginTag(StructureTag.Note, id: id);
        if (label is not null) LineSlice.DrawLine(canvas, label, x + labelOffset, y + baseline);
        for (var i = 0; i < lines.Count; i++) LineSlice.DrawLine(canvas, lines[i], x + textIndent, y + i * lineHeight + baseline);
        canvas.EndTag();
    }
}
