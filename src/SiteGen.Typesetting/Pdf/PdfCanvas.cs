using PdfSharp.Drawing;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using SiteGen.Typesetting.Layout;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// The PDFsharp back end. Drawing is recorded first, because fonts can only be subset once every character
/// is known; <see cref="Replay"/> then writes the pages. PDFsharp is used nowhere else.
/// </summary>
/// <param name="printColours">Print shop: text and rules in pure black ink (DeviceCMYK 0 0 0 1), crop marks in registration colour.</param>
internal sealed class PdfCanvas(bool printColours = false) : ICanvas
{
    private readonly List<Action<PdfState>> _ops = [];
    private readonly XColor _ink = printColours ? XColor.FromCmyk(0, 0, 0, 1) : XColors.Black;
    private XBrush InkBrush => printColours ? new XSolidBrush(_ink) : XBrushes.Black;

    public Dictionary<string, HashSet<int>> CharactersByFace { get; } = new(StringComparer.Ordinal);

    public void Replay(PdfState state)
    {
        foreach (var op in _ops) op(state);
        state.Graphics?.Dispose();
        state.Graphics = null;
        state.ParentTree.Restore(state.Document);
        state.ElementIds.AddTo(state.Document);
        state.Destinations.AddTo(state.Document);
    }

    public void BeginPage(PageGeometry page) => _ops.Add(s =>
    {
        var margin = page.Bleed + page.Slug;
        var width = page.TrimWidth + 2 * margin;
        var height = page.TrimHeight + 2 * margin;
        s.ParentTree.Park(s.Document);
        var p = s.Document.AddPage();
        p.Width = XUnit.FromPoint(width);
        p.Height = XUnit.FromPoint(height);
        if (margin > 0)
        {
            p.TrimBox = new PdfRectangle(new XPoint(margin, margin), new XPoint(margin + page.TrimWidth, margin + page.TrimHeight));
            var b = page.Slug;
            p.BleedBox = new PdfRectangle(new XPoint(b, b), new XPoint(width - b, height - b));
        }
        // PDFsharp's structure builder needs the previous page's graphics alive while the next page is added.
        var previous = s.Graphics;
        s.Page = p;
        s.Graphics = XGraphics.FromPdfPage(p);
        previous?.Dispose();
        s.Offset = margin;
        s.MediaHeight = height;
        s.ArtifactKinds.Add([]);
        s.CoverPages.Add(page.IsCover);
    });

    public void EndPage() { }

    public void Text(double x, double baseline, string text, string face, double size)
    {
        if (!CharactersByFace.TryGetValue(face, out var set)) CharactersByFace[face] = set = [];
        foreach (var r in text.EnumerateRunes()) set.Add(r.Value);
        _ops.Add(s => s.G.DrawString(text, s.Font(face, size), InkBrush, x + s.Offset, baseline + s.Offset));
    }

    public void Line(double x1, double y1, double x2, double y2, double width) =>
        _ops.Add(s => s.G.DrawLine(new XPen(_ink, width), x1 + s.Offset, y1 + s.Offset, x2 + s.Offset, y2 + s.Offset));

    public void CropMarks(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> lines, double width)
    {
        if (printColours) _ops.Add(s => RegistrationMarks.Draw(s, lines, width));
        else foreach (var (x1, y1, x2, y2) in lines) Line(x1, y1, x2, y2, width);
    }

    public void FillCircle(double cx, double cy, double radius) =>
        _ops.Add(s => s.G.DrawEllipse(InkBrush, cx - radius + s.Offset, cy - radius + s.Offset, 2 * radius, 2 * radius));

    public void Image(byte[] bytes, double x, double y, double width, double height) => _ops.Add(s =>
    {
        OpenFigure(s, x, y, width, height);
        using var image = XImage.FromStream(new MemoryStream(PngFlattener.Flatten(bytes)));
        var orientation = ExifOrientation.OfJpeg(bytes);
        if (orientation == 1)
        {
            s.G.DrawImage(image, x + s.Offset, y + s.Offset, width, height);
            return;
        }
        // A photo the camera marked as turned or mirrored: the stored pixels are drawn through the turn into the
        // box, which layout already sized as shown (ImageSize), so the page shows what the browser shows.
        var saved = s.G.Save();
        s.G.MultiplyTransform(Turn(orientation, x + s.Offset, y + s.Offset, width, height));
        var (storedWidth, storedHeight) = ExifOrientation.SwapsSides(orientation) ? (height, width) : (width, height);
        s.G.DrawImage(image, 0, 0, storedWidth, storedHeight);
        s.G.Restore(saved);
    });

    /// <summary>
    /// Maps the stored image, drawn at the origin, onto the box (x, y, w, h) as shown. EXIF names where the stored
    /// first row and column end up: 6, for one, puts the first row at the right and the first column at the top.
    /// </summary>
    private static XMatrix Turn(int orientation, double x, double y, double w, double h) => orientation switch
    {
        2 => new XMatrix(-1, 0, 0, 1, x + w, y),
        3 => new XMatrix(-1, 0, 0, -1, x + w, y + h),
        4 => new XMatrix(1, 0, 0, -1, x, y + h),
        5 => new XMatrix(0, 1, 1, 0, x, y),
        6 => new XMatrix(0, 1, -1, 0, x + w, y),
        7 => new XMatrix(0, -1, -1, 0, x + w, y + h),
        8 => new XMatrix(0, -1, 1, 0, x, y + h),
        _ => new XMatrix(1, 0, 0, 1, x, y),
    };

    /// <summary>Opens the pending Figure element now that its bounds are known.</summary>
    private static void OpenFigure(PdfState s, double x, double y, double width, double height)
    {
        if (s.PendingFigureAlt is not { } alt) return;
        // PDFsharp writes the rectangle as given into /BBox, which is in PDF user space (origin bottom left).
        s.Structure.BeginElement(PdfIllustrationElementTag.Figure, alt, new XRect(x + s.Offset, s.PdfY(y + height), width, height));
        s.PendingFigureAlt = null;
        s.FigureOpened = true;
    }

    public void BeginDrawing(double x, double y, double width, double height) => _ops.Add(s =>
    {
        OpenFigure(s, x, y, width, height);
        s.DrawingStates.Push(s.G.Save());
        s.G.IntersectClip(new XRect(x + s.Offset, y + s.Offset, width, height));
    });

    public void EndDrawing() => _ops.Add(s => s.G.Restore(s.DrawingStates.Pop()));

    public void Path(IReadOnlyList<PathSegment> segments, Rgba? fill, Rgba? stroke, double strokeWidth, bool evenOdd) => _ops.Add(s =>
    {
        var path = new XGraphicsPath { FillMode = evenOdd ? XFillMode.Alternate : XFillMode.Winding };
        var current = new XPoint();
        var o = s.Offset;
        foreach (var g in segments)
        {
            var end = new XPoint(g.X3 + o, g.Y3 + o);
            switch (g.Kind)
            {
                case SegmentKind.Move: path.StartFigure(); break;
                case SegmentKind.Line: path.AddLine(current, end); break;
                case SegmentKind.Cubic: path.AddBezier(current, new XPoint(g.X1 + o, g.Y1 + o), new XPoint(g.X2 + o, g.Y2 + o), end); break;
                case SegmentKind.Close: path.CloseFigure(); continue;
            }
            current = end;
        }
        var pen = stroke is { } sc && strokeWidth > 0 ? new XPen(Colour(sc), strokeWidth) : null;
        var brush = fill is { } fc ? new XSolidBrush(Colour(fc)) : null;
        if (pen is not null && brush is not null) s.G.DrawPath(pen, brush, path);
        else if (brush is not null) s.G.DrawPath(brush, path);
        else if (pen is not null) s.G.DrawPath(pen, path);
    });

    public void PaintedText(double x, double baseline, string text, string face, double size, Rgba fill, double rotation)
    {
        if (!CharactersByFace.TryGetValue(face, out var set)) CharactersByFace[face] = set = [];
        foreach (var r in text.EnumerateRunes()) set.Add(r.Value);
        _ops.Add(s =>
        {
            var origin = new XPoint(x + s.Offset, baseline + s.Offset);
            var saved = rotation != 0 ? s.G.Save() : null;
            if (saved is not null) s.G.RotateAtTransform(rotation, origin);
            s.G.DrawString(text, s.Font(face, size), new XSolidBrush(Colour(fill)), origin.X, origin.Y);
            if (saved is not null) s.G.Restore(saved);
        });
    }

    /// <summary>
    /// A drawing's colour; in the print edition PDFsharp writes it as CMYK (ColorMode), so no DeviceRGB reaches the file.
    /// PDFsharp 6.2.4 writes every constant alpha of a PDF/A document as 1, so a translucent colour is mixed with the
    /// paper's white here: right over the page, an approximation where translucent shapes overlap.
    /// </summary>
    private static XColor Colour(Rgba c)
    {
        var a = Math.Clamp(c.Alpha, 0, 1);
        byte Mix(byte v) => (byte)Math.Round(v * a + 255 * (1 - a));
        return XColor.FromArgb(Mix(c.R), Mix(c.G), Mix(c.B));
    }

    public void BeginLink(double x, double y, double width, double height, string? uri, string? anchor, string altText) => _ops.Add(s =>
    {
        var rect = new PdfRectangle(new XPoint(x + s.Offset, s.PdfY(y + height)), new XPoint(x + width + s.Offset, s.PdfY(y)));
        var link = uri is not null
            ? PdfLinkAnnotation.CreateWebLink(rect, uri)
            : PdfLinkAnnotation.CreateDocumentLink(rect, anchor ?? "");
        link.Contents = altText;
        // PDF/A and PDF/UA: annotations are printed (/F 4) and never hidden.
        link.Flags = PdfAnnotationFlags.Print;
        s.Structure.BeginElement(link, altText);
    });

    public void EndLink() => _ops.Add(s => s.Structure.End());

    public void Destination(string name, double y) => _ops.Add(s =>
    {
        s.Destinations.Add(name, s.Document.PageCount, s.PdfY(y));
    });

    public void Bookmark(int level, string title, double y) => _ops.Add(s =>
    {
        while (s.Outlines.Count < level) s.Outlines.Add(null);
        var parent = level > 1 ? s.Outlines.Take(level - 1).LastOrDefault(o => o is not null) : null;
        // The title (level 1) opens on its sections, so the outline shows the contents at a glance.
        var outline = new PdfOutline(title, s.Page!, level == 1) { PageDestinationType = PdfPageDestinationType.Xyz, Left = 0, Top = s.PdfY(y) };
        (parent?.Outlines ?? s.Document.Outlines).Add(outline);
        s.Outlines[level - 1] = outline;
        for (var i = level; i < s.Outlines.Count; i++) s.Outlines[i] = null;
    });

    public void BeginTag(StructureTag tag, string? altText = null, string? id = null) => _ops.Add(s => StructureTags.Begin(s, tag, altText, id));

    public void EndTag() => _ops.Add(StructureTags.End);

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout) => _ops.Add(s =>
    {
        s.ArtifactKinds[^1].Add(kind); // typed after saving: MarkedContentNesting
        s.Structure.BeginArtifact();
    });

    public void EndArtifact() => _ops.Add(s => s.Structure.End());
}
