using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>A piece of a drawing's text in one face and style, <see cref="Offset"/> from the text's origin along its baseline (drawing units).</summary>
internal sealed record DrawingTextRun(string Text, string Face, double Offset, double Size, Rgba Fill);

/// <summary>A vector drawing (an SVG figure) scaled into the measure, tagged as a Figure with its alternative text.</summary>
internal sealed class DrawingSlice : Slice
{
    public required VectorDrawing Drawing { get; init; }
    public required double Scale { get; init; }
    public required string AltText { get; init; }

    /// <summary>Marked decorative by the author: an artifact, skipped by assistive technology.</summary>
    public bool Decorative { get; init; }

    /// <summary>Per <see cref="VectorText"/> of the drawing (by position in its items), the text split by face with anchoring applied.</summary>
    public required IReadOnlyDictionary<int, IReadOnlyList<DrawingTextRun>> TextRuns { get; init; }

    public double Width => Drawing.Width * Scale;

    public override void Draw(ICanvas canvas, double x, double y)
    {
        var left = x + Indent;
        if (Decorative) canvas.BeginArtifact();
        else canvas.BeginTag(StructureTag.Figure, AltText);
        canvas.BeginDrawing(left, y, Width, Height);
        var k = Scale;
        for (var i = 0; i < Drawing.Items.Count; i++)
        {
            switch (Drawing.Items[i])
            {
                case VectorPath p:
                    var segments = p.Segments.Select(g => g with
                    {
                        X1 = left + g.X1 * k, Y1 = y + g.Y1 * k, X2 = left + g.X2 * k, Y2 = y + g.Y2 * k, X3 = left + g.X3 * k, Y3 = y + g.Y3 * k,
                    }).ToList();
                    canvas.Path(segments, p.Fill, p.Stroke, p.StrokeWidth * k, p.EvenOdd);
                    break;
                case VectorText t when TextRuns.TryGetValue(i, out var runs):
                    var angle = t.Rotation * Math.PI / 180;
                    foreach (var run in runs)
                    {
                        // Along the (possibly turned) baseline from the text's origin.
                        var px = t.X + run.Offset * Math.Cos(angle);
                        var py = t.Y + run.Offset * Math.Sin(angle);
                        canvas.PaintedText(left + px * k, y + py * k, run.Text, run.Face, run.Size * k, run.Fill, t.Rotation);
                    }
                    break;
            }
        }
        canvas.EndDrawing();
        if (Decorative) canvas.EndArtifact();
        else canvas.EndTag();
    }

    /// <summary>Splits a drawing's text into runs of one face and style each, placed by its anchor; characters no font has are reported.</summary>
    public static IReadOnlyList<DrawingTextRun> Runs(VectorText text, ITextMeasurer measurer, Action<int> missing)
    {
        var runs = new List<DrawingTextRun>();
        var at = 0.0; // drawing units from the line's start
        foreach (var span in text.Spans)
        {
            var style = new TextStyle(FontRole.Heading, span.Bold, span.Size);
            var first = runs.Count;
            foreach (var r in span.Text.EnumerateRunes())
            {
                var face = measurer.FaceFor(style, r.Value);
                if (face is null || ComplexScripts.Contains(r.Value)) { missing(r.Value); continue; }
                if (runs.Count > first && runs[^1].Face == face) runs[^1] = runs[^1] with { Text = runs[^1].Text + r };
                else runs.Add(new DrawingTextRun(r.ToString(), face, at, span.Size, span.Fill));
                at += measurer.AdvanceEm(face, r.Value) * span.Size;
            }
        }
        var shift = text.Anchor switch { TextAnchor.Middle => -at / 2, TextAnchor.End => -at, _ => 0 };
        return runs.Select(run => run with { Offset = run.Offset + shift }).ToList();
    }
}
