namespace SiteGen.Typesetting.Model;

/// <summary>A colour with opacity; components 0–255, <paramref name="Alpha"/> 0–1.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, double Alpha = 1);

public enum SegmentKind { Move, Line, Cubic, Close }

/// <summary>One piece of a path in the drawing's coordinates; a cubic uses all three points, a line or move the last.</summary>
public readonly record struct PathSegment(SegmentKind Kind, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0, double X3 = 0, double Y3 = 0)
{
    public static PathSegment MoveTo(double x, double y) => new(SegmentKind.Move, X3: x, Y3: y);
    public static PathSegment LineTo(double x, double y) => new(SegmentKind.Line, X3: x, Y3: y);
    public static PathSegment CurveTo(double x1, double y1, double x2, double y2, double x, double y) => new(SegmentKind.Cubic, x1, y1, x2, y2, x, y);
    public static readonly PathSegment Close = new(SegmentKind.Close);
}

/// <summary>Something a drawing paints, in order.</summary>
public abstract record VectorItem;

/// <summary>A filled and/or stroked outline. <paramref name="StrokeWidth"/> is in drawing units.</summary>
public sealed record VectorPath(IReadOnlyList<PathSegment> Segments, Rgba? Fill, Rgba? Stroke, double StrokeWidth, bool EvenOdd) : VectorItem;

public enum TextAnchor { Start, Middle, End }

/// <summary>A stretch of a text line in one style; <paramref name="Size"/> in drawing units.</summary>
public sealed record TextSpan(string Text, double Size, Rgba Fill, bool Bold);

/// <summary>
/// A line of text starting (or centred, or ending: <paramref name="Anchor"/>) at (<paramref name="X"/>, <paramref name="Y"/>)
/// on its baseline, its spans set one after the other, turned by <paramref name="Rotation"/> degrees (clockwise, as in
/// SVG) about that point.
/// </summary>
public sealed record VectorText(double X, double Y, IReadOnlyList<TextSpan> Spans, TextAnchor Anchor, double Rotation) : VectorItem
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>
/// A vector drawing (an SVG figure reduced to what a PDF draws natively): its items in coordinates from the top-left
/// of a <paramref name="Width"/> × <paramref name="Height"/> box, y downward. Parsing belongs to the caller; the engine
/// only scales and draws.
/// </summary>
public sealed record VectorDrawing(double Width, double Height, IReadOnlyList<VectorItem> Items);
