using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Layout;

/// <summary>A horizontal rule (thematic break, table rules), drawn as an artifact.</summary>
internal sealed class RuleSlice : Slice
{
    public required double Width { get; init; }
    public double Thickness { get; init; } = 0.5;

    public override void Draw(ICanvas canvas, double x, double y)
    {
        canvas.BeginArtifact();
        canvas.Line(x + Indent, y + Height / 2, x + Indent + Width, y + Height / 2, Thickness);
        canvas.EndArtifact();
    }
}

/// <summary>An image, tagged as a Figure with its alternative text.</summary>
internal sealed class ImageSlice : Slice
{
    public required byte[] Bytes { get; init; }
    public required double Width { get; init; }
    public required string AltText { get; init; }

    /// <summary>Marked decorative by the author: an artifact, skipped by assistive technology.</summary>
    public bool Decorative { get; init; }

    public override void Draw(ICanvas canvas, double x, double y)
    {
        if (Decorative)
        {
            canvas.BeginArtifact();
            canvas.Image(Bytes, x + Indent, y, Width, Height);
            canvas.EndArtifact();
            return;
        }

        canvas.BeginTag(StructureTag.Figure, AltText);
        canvas.Image(Bytes, x + Indent, y, Width, Height);
        canvas.EndTag();
    }
}

/// <summary>A list label (number or bullet) set on the baseline of its item's first line; takes no height.</summary>
internal sealed class LabelSlice : Slice
{
    public required LineSlice Label { get; init; }

    public override void Draw(ICanvas canvas, double x, double y) => Label.Draw(canvas, x, y);
}
