namespace SiteGen.Typesetting.Rendering;

/// <summary>Logical structure tags (PDF/UA) the layout opens and closes around content.</summary>
public enum StructureTag
{
    Document, Part, Sect, Div, P, H1, H2, H3, H4, H5, H6, L, LI, Lbl, LBody, BlockQuote,
    Table, THead, TBody, TR, TH, TD, Figure, Caption, Note, Toc, Toci, Reference, Span, Code,

    /// <summary>A TH that heads its row (Scope Row); plain <see cref="TH"/> heads its column.</summary>
    RowHeader,
}

/// <summary>What an artifact is (ISO 32000-1 §14.8.2.2): running heads and folios are pagination, printer's marks belong to the page.</summary>
public enum ArtifactKind { Layout, Header, Footer, Page }

/// <summary>
/// A page's geometry in points. Content coordinates have their origin at the top-left of the trim box.
/// <paramref name="IsCover"/>: the cover carries no folio, so its page label is not a number in the body's sequence.
/// </summary>
public sealed record PageGeometry(int Number, double TrimWidth, double TrimHeight, double Bleed, double Slug, bool IsCover = false);

/// <summary>
/// The drawing surface the layout talks to. Coordinates in points, y downward from the trim's top-left;
/// text is placed by its baseline. The PDF back end and the recording canvas for tests implement it.
/// </summary>
public interface ICanvas
{
    void BeginPage(PageGeometry page);
    void EndPage();
    /// <param name="face">The measurer's face id for the text.</param>
    void Text(double x, double baseline, string text, string face, double size);
    void Line(double x1, double y1, double x2, double y2, double width);
    /// <summary>Trim marks outside the trim box, in registration colour where the edition prints in ink.</summary>
    void CropMarks(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> lines, double width);
    void FillCircle(double cx, double cy, double radius);
    void Image(byte[] bytes, double x, double y, double width, double height);
    /// <summary>Starts a vector drawing in the box (the pending Figure's bounds); what is drawn until <see cref="EndDrawing"/> is clipped to it.</summary>
    void BeginDrawing(double x, double y, double width, double height);
    void EndDrawing();
    /// <summary>A path of a drawing in page coordinates, filled and/or stroked in the given colours.</summary>
    void Path(IReadOnlyList<Model.PathSegment> segments, Model.Rgba? fill, Model.Rgba? stroke, double strokeWidth, bool evenOdd);
    /// <summary>Text of a drawing: in its own colour, turned by <paramref name="rotation"/> degrees clockwise about its origin.</summary>
    void PaintedText(double x, double baseline, string text, string face, double size, Model.Rgba fill, double rotation);
    /// <summary>Starts a link (tagged Link with its annotation) over the rectangle; text drawn until <see cref="EndLink"/> is its content.</summary>
    void BeginLink(double x, double y, double width, double height, string? uri, string? anchor, string altText);
    void EndLink();
    void Destination(string name, double y);
    void Bookmark(int level, string title, double y);
    /// <param name="id">The element's unique identifier (/ID, listed in the structure tree's IDTree): a Note gets one, so the mark that cites it can point at it.</param>
    void BeginTag(StructureTag tag, string? altText = null, string? id = null);
    void EndTag();
    void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout);
    void EndArtifact();
}
