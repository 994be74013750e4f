using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Layout;

/// <summary>
/// The canvas a page's content is drawn on: a link to a note set on this page goes to this page's copy of it
/// (<see cref="NoteCopies"/>), not to the copy on the first page that cites it. Everything else passes through.
/// </summary>
internal sealed class PageNoteLinks(ICanvas inner, IReadOnlyDictionary<string, string> copies) : ICanvas
{
    public void BeginLink(double x, double y, double width, double height, string? uri, string? anchor, string altText) =>
        inner.BeginLink(x, y, width, height, uri, anchor is not null && copies.TryGetValue(anchor, out var copy) ? copy : anchor, altText);

    public void BeginPage(PageGeometry page) => inner.BeginPage(page);
    public void EndPage() => inner.EndPage();
    public void Text(double x, double baseline, string text, string face, double size) => inner.Text(x, baseline, text, face, size);
    public void Line(double x1, double y1, double x2, double y2, double width) => inner.Line(x1, y1, x2, y2, width);
    public void CropMarks(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> lines, double width) => inner.CropMarks(lines, width);
    public void FillCircle(double cx, double cy, double radius) => inner.FillCircle(cx, cy, radius);
    public void Image(byte[] bytes, double x, double y, double width, double height) => inner.Image(bytes, x, y, width, height);
    public void BeginDrawing(double x, double y, double width, double height) => inner.BeginDrawing(x, y, width, height);
    public void EndDrawing() => inner.EndDrawing();
    public void Path(IReadOnlyList<PathSegment> segments, Rgba? fill, Rgba? stroke, double strokeWidth, bool evenOdd) =>
        inner.Path(segments, fill, stroke, strokeWidth, evenOdd);
    public void PaintedText(double x, double baseline, string text, string face, double size, Rgba fill, double rotation) =>
        inner.PaintedText(x, baseline, text, face, size, fill, rotation);
    public void EndLink() => inner.EndLink();
    public void Destination(string name, double y) => inner.Destination(name, y);
    public void Bookmark(int level, string title, double y) => inner.Bookmark(level, title, y);
    public void BeginTag(StructureTag tag, string? altText = null, string? id = null) => inner.BeginTag(tag, altText, id);
    public void EndTag() => inner.EndTag();
    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout) => inner.BeginArtifact(kind);
    public void EndArtifact() => inner.EndArtifact();
}
