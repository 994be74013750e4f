using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>One set line of a code block; a line that continues on the next gets a hooked arrow at the right edge.</summary>
internal sealed class CodeLineSlice : Slice
{
    public required SetLine Line { get; init; }
    public required double Baseline { get; init; }
    /// <summary>Where the line starts inside the slice: continuation lines hang under their line's indentation.</summary>
    public double Offset { get; init; }
    /// <summary>The source line goes on in the next slice: draw the continuation mark.</summary>
    public bool Continues { get; init; }
    /// <summary>Centre of the continuation mark, from the slice's indent.</summary>
    public double MarkX { get; init; }
    /// <summary>Where the listing's rule stands, from the slice's indent (negative: in the inset).</summary>
    public double RuleX { get; init; }
    /// <summary>The rule's span from the slice top: it reaches up over a blank line before and stops at the line's foot.</summary>
    public double RuleTop { get; init; }
    public double RuleBottom { get; init; }

    public override void Draw(ICanvas canvas, double x, double y)
    {
        var left = x + Indent;
        var baseline = y + Baseline;
        LineSlice.DrawLine(canvas, Line, left + Offset, baseline);
        var size = Line.MaxSize;
        // Rule and mark are layout, not text: artifacts, so a copy of the code is the code alone.
        canvas.BeginArtifact();
        canvas.Line(left + RuleX, y + RuleTop, left + RuleX, y + RuleBottom, 0.5);
        if (Continues)
        {
            // ↩ drawn as lines: a stroke down from the x-height, then left, with an arrowhead; no font needs the glyph.
            var cx = left + MarkX;
            var top = baseline - size * 0.6;
            var foot = baseline - size * 0.15;
            var right = cx + size * 0.3;
            var tip = cx - size * 0.3;
            var w = size * 0.06;
            canvas.Line(right, top, right, foot, w);
            canvas.Line(right, foot, tip, foot, w);
            canvas.Line(tip, foot, tip + size * 0.2, foot - size * 0.15, w);
            canvas.Line(tip, foot, tip + size * 0.2, foot + size * 0.15, w);
        }
        canvas.EndArtifact();
    }
}
