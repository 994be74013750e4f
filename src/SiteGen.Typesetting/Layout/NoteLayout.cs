using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>A footnote set for the foot of the page: its lines and their total height.</summary>
internal sealed class NoteLayout(FootnoteRun note, IReadOnlyList<SetLine> lines, double lineHeight, double baseline)
{
    public FootnoteRun Note { get; } = note;
    public double Height => lines.Count * lineHeight;

    /// <summary>The note's destination and structure identifier: the report's id for it, else one made from its label.</summary>
    public static string AnchorOf(FootnoteRun note) => note.AnchorId ?? "note-" + note.Label;

    public void Draw(ICanvas canvas, double x, double y)
    {
        // The identifier lets the mark that cites the note point at it (LineSlice links the mark to the note's anchor).
        canvas.BeginTag(StructureTag.Note, id: AnchorOf(Note));
        for (var i = 0; i < lines.Count; i++) LineSlice.DrawLine(canvas, lines[i], x, y + i * lineHeight + baseline);
        canvas.EndTag();
    }
}
