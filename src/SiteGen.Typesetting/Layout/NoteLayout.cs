using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>A footnote set for the foot of the page: its lines and their total height.</summary>
internal sealed class NoteLayout(FootnoteRun note, IReadOnlyList<SetLine> lines, double lineHeight, double baseline)
{
    public FootnoteRun Note { get; } = note;
    public double Height => lines.Count * lineHeight;

    public void Draw(ICanvas canvas, double x, double y)
    {
        canvas.BeginTag(StructureTag.Note);
        for (var i = 0; i < lines.Count; i++) LineSlice.DrawLine(canvas, lines[i], x, y + i * lineHeight + baseline);
        canvas.EndTag();
    }
}
