using System.Globalization;
using System.Text;
using SiteGen.Typesetting.Layout;

namespace SiteGen.Typesetting.Rendering;

/// <summary>Records every call as a line of text, page by page; for layout tests and snapshots.</summary>
public sealed class RecordingCanvas : ICanvas
{
    private readonly List<List<string>> _pages = [];
    private List<string> Current => _pages[^1];

    public IReadOnlyList<IReadOnlyList<string>> Pages => _pages;
    public List<(int Page, double X, double Baseline, string Text, double Size)> Texts { get; } = [];
    public List<(int Page, string Name, double Y)> Destinations { get; } = [];
    public int ArtifactDepth { get; private set; }

    /// <summary>
    /// Also records the face of the text (a "font" line whenever it changes, as a PDF's Tf operator does; the font
    /// file's name and collection index, never its folder) and the alternative text of tags and links. Off by default
    /// so layout tests read positions only; the golden logs of whole reports turn it on to show bold, italic and code
    /// faces and what a screen reader hears.
    /// </summary>
    public bool Detailed { get; init; }

    private string? _face;

    /// <summary>Concatenated text drawn on a page outside artifacts, in drawing order.</summary>
    public string PageText(int page) => string.Concat(Texts.Where(t => t.Page == page).Select(t => t.Text));

    public void BeginPage(PageGeometry page)
    {
        _pages.Add([$"page {page.Number}"]);
        _face = null;
    }
    public void EndPage() => Current.Add("end page");

    public void Text(double x, double baseline, string text, string face, double size)
    {
        NoteFace(face);
        Current.Add(F($"text {x:0.##} {baseline:0.##} {size:0.##} {text}"));
        if (ArtifactDepth == 0) Texts.Add((_pages.Count, x, baseline, text, size));
    }

    public void Line(double x1, double y1, double x2, double y2, double width) =>
        Current.Add(F($"line {x1:0.##} {y1:0.##} {x2:0.##} {y2:0.##}") + (Detailed ? F($" width {width:0.##}") : ""));
    public void CropMarks(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> lines, double width)
    {
        foreach (var (x1, y1, x2, y2) in lines) Current.Add(F($"cropmark {x1:0.##} {y1:0.##} {x2:0.##} {y2:0.##}"));
    }

    public void FillCircle(double cx, double cy, double radius) => Current.Add(F($"dot {cx:0.##} {cy:0.##}"));
    public void Image(byte[] bytes, double x, double y, double width, double height) =>
        Current.Add(F($"image {x:0.##} {y:0.##} {width:0.##} {height:0.##}") + (ExifOrientation.OfJpeg(bytes) is var o and not 1 ? F($" orientation {o}") : ""));
    public void BeginDrawing(double x, double y, double width, double height) => Current.Add(F($"drawing {x:0.##} {y:0.##} {width:0.##} {height:0.##}"));
    public void EndDrawing() => Current.Add("end drawing");
    public void Path(IReadOnlyList<Model.PathSegment> segments, Model.Rgba? fill, Model.Rgba? stroke, double strokeWidth, bool evenOdd) =>
        Current.Add(F($"path {segments.Count} fill {Colour(fill)} stroke {Colour(stroke)} {strokeWidth:0.##}"));
    public void PaintedText(double x, double baseline, string text, string face, double size, Model.Rgba fill, double rotation)
    {
        NoteFace(face);
        Current.Add(F($"text {x:0.##} {baseline:0.##} {size:0.##} {text} {Colour(fill)} {rotation:0.##}"));
        if (ArtifactDepth == 0) Texts.Add((_pages.Count, x, baseline, text, size));
    }
    private static string Colour(Model.Rgba? c) => c is { } v ? F($"#{v.R:X2}{v.G:X2}{v.B:X2}/{v.Alpha:0.##}") : "none";
    public void BeginLink(double x, double y, double width, double height, string? uri, string? anchor, string altText) =>
        Current.Add($"link {uri ?? "#" + anchor}" + (Detailed ? $" alt=\"{altText}\"" : ""));
    public void EndLink() => Current.Add("end link");
    public void Destination(string name, double y)
    {
        Current.Add(F($"dest {name} {y:0.##}"));
        Destinations.Add((_pages.Count, name, y));
    }
    public void Bookmark(int level, string title, double y) => Current.Add($"bookmark {level} {title}");
    public void BeginTag(StructureTag tag, string? altText = null, string? id = null) =>
        Current.Add($"<{tag}" + (id is null ? "" : $" #{id}") + (Detailed && altText is not null ? $" alt=\"{altText}\"" : "") + ">");
    public void EndTag() => Current.Add("</>");
    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        ArtifactDepth++;
        Current.Add(kind == ArtifactKind.Layout ? "<artifact>" : $"<artifact {kind.ToString().ToLowerInvariant()}>");
    }
    public void EndArtifact() { ArtifactDepth--; Current.Add("</artifact>"); }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var page in _pages) foreach (var line in page) sb.AppendLine(line);
        return sb.ToString();
    }

    private void NoteFace(string face)
    {
        if (!Detailed || face == _face) return;
        _face = face;
        Current.Add("font " + face[(face.LastIndexOfAny(['/', '\\']) + 1)..]);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
