using System.Text;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Typesetting.Model;

namespace SiteGen.Media.SvgPdf;

/// <summary>
/// Reads a published (already checked, <see cref="SvgSafety"/>) SVG into the vector drawing the PDF editions draw
/// natively: shapes, paths, text, groups with transforms, solid fills and strokes with opacity. What a PDF figure
/// would draw differently from a browser (gradients, patterns, clipping, masks, filters, markers, referenced
/// content, style sheets, embedded pictures) is a problem at its line instead, so a chart never silently loses a part.
/// </summary>
internal static class SvgDrawingReader
{
    public sealed record Result(VectorDrawing? Drawing, IReadOnlyList<SvgSafety.Problem> Problems);

    private const string Svg = SvgVocabulary.SvgNamespace;

    /// <summary>Drawing elements that carry no picture of their own.</summary>
    private static readonly HashSet<string> Skipped = ["title", "desc", "metadata", "defs", "linearGradient", "radialGradient", "clipPath", "mask", "pattern", "marker", "filter", "symbol", "style"];

    private static readonly string[] Unsupported = ["clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end"];

    public static Result Read(byte[] bytes)
    {
        var problems = new List<SvgSafety.Problem>();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 32L * 1024 * 1024 };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new Result(null, [new SvgSafety.Problem(e.LineNumber, e.LinePosition, Diagnostics.Messages.SvgNotWellFormed.With(e.Message))]);
        }
        var root = document.Root!;
        var items = new List<VectorItem>();
        var (width, height, viewport) = Viewport(root);
        var reading = new Reading(items, problems);
        var style = Style.Initial.With(root, reading);
        foreach (var child in root.Elements()) reading.Element(child, viewport, style);
        // A <style> sheet would restyle elements by class or tag: the drawing would not match the browser's.
        foreach (var sheet in root.Descendants(XName.Get("style", Svg)).Where(s => s.Value.Trim().Length > 0))
            reading.Problem(sheet, Diagnostics.Messages.SvgStyleSheetNotApplied.With());
        return problems.Count > 0 ? new Result(null, problems) : new Result(new VectorDrawing(width, height, items), []);
    }

    /// <summary>The drawing's size (CSS px) and the transform from its viewBox into it (preserveAspectRatio: none or the default, centred and whole).</summary>
    private static (double Width, double Height, Affine Viewport) Viewport(XElement root)
    {
        var box = (string?)root.Attribute("viewBox") is { } vb ? Affine.Numbers(vb) : null;
        if (box is { Count: 4 } && (box[2] <= 0 || box[3] <= 0)) box = null;
        var width = Paint.Length((string?)root.Attribute("width")) ?? (box is { Count: 4 } ? box[2] : 300);
        var height = Paint.Length((string?)root.Attribute("height")) ?? (box is { Count: 4 } ? box[3] : 150);
        if (box is not { Count: 4 }) return (width, height, Affine.Identity);
        var sx = width / box[2];
        var sy = height / box[3];
        if (((string?)root.Attribute("preserveAspectRatio"))?.Trim() == "none")
            return (width, height, new Affine(sx, 0, 0, sy, -box[0] * sx, -box[1] * sy));
        var s = Math.Min(sx, sy);
        return (width, height, new Affine(s, 0, 0, s, (width - box[2] * s) / 2 - box[0] * s, (height - box[3] * s) / 2 - box[1] * s));
    }

    private sealed class Reading(List<VectorItem> items, List<SvgSafety.Problem> problems)
    {
        public void Problem(XObject at, Diagnostics.Message message)
        {
            var line = (IXmlLineInfo)at;
            if (problems.Count < 5) problems.Add(new SvgSafety.Problem(Math.Max(line.LineNumber, 1), Math.Max(line.LinePosition, 1), message));
        }

        public void Element(XElement e, Affine parent, Style inherited)
        {
            if (e.Name.NamespaceName != Svg) return; // a drawing program's own data: not drawn by browsers either
            var name = e.Name.LocalName;
            if (Skipped.Contains(name)) return;
            var style = inherited.With(e, this);
            if (style.Hidden) return;
            foreach (var attribute in Unsupported)
                if (e.Attribute(attribute) is { } a && (string?)a != "none") Problem(a, Diagnostics.Messages.SvgEffectNotDrawn.With(name, attribute));
            var m = parent;
            if ((string?)e.Attribute("transform") is { } t)
            {
                if (Affine.Parse(t) is { } local) m = parent.Then(local);
                else { Problem(e.Attribute("transform")!, Diagnostics.Messages.SvgTransformUnreadable.With(name, Diagnostics.MessageText.Value(t))); return; }
            }
            switch (name)
            {
                case "g" or "a":
                    foreach (var child in e.Elements()) Element(child, m, style);
                    break;
                case "path":
                    Shape(e, (string?)e.Attribute("d") ?? "", m, style);
                    break;
                case "rect":
                    Shape(e, RectData(e), m, style);
                    break;
                case "circle":
                    var r = L(e, "r");
                    if (r > 0) Shape(e, EllipseData(L(e, "cx"), L(e, "cy"), r, r), m, style);
                    break;
                case "ellipse":
                    var (rx, ry) = (L(e, "rx"), L(e, "ry"));
                    if (rx > 0 && ry > 0) Shape(e, EllipseData(L(e, "cx"), L(e, "cy"), rx, ry), m, style);
                    break;
                case "line":
                    Shape(e, F($"M{L(e, "x1")} {L(e, "y1")} L{L(e, "x2")} {L(e, "y2")}"), m, style with { Fill = null });
                    break;
                case "polyline" or "polygon":
                    var points = Affine.Numbers((string?)e.Attribute("points") ?? "");
                    if (points is null || points.Count % 2 != 0) { Problem(e, Diagnostics.Messages.SvgPointsUnreadable.With(name)); break; }
                    if (points.Count < 4) break;
                    var d = new StringBuilder(F($"M{points[0]} {points[1]}"));
                    for (var i = 2; i < points.Count; i += 2) d.Append(F($" L{points[i]} {points[i + 1]}"));
                    if (name == "polygon") d.Append(" Z");
                    Shape(e, d.ToString(), m, style);
                    break;
                case "text":
                    Text(e, m, style);
                    break;
                default:
                    Problem(e, Diagnostics.Messages.SvgElementNotDrawn.With(name));
                    break;
            }
        }

        private void Shape(XElement e, string d, Affine m, Style style)
        {
            var segments = PathData.Parse(d, m, out var error);
            if (segments is null) { Problem(e, Diagnostics.Messages.SvgPathProblem.With(e.Name.LocalName, error!)); return; }
            if (segments.Count == 0) return;
            var fill = style.Fill is { } f ? f with { Alpha = f.Alpha * style.FillOpacity * style.Opacity } : (Rgba?)null;
            var stroke = style.Stroke is { } s && style.StrokeWidth > 0 ? s with { Alpha = s.Alpha * style.StrokeOpacity * style.Opacity } : (Rgba?)null;
            if (fill is null && stroke is null) return;
            items.Add(new VectorPath(segments, fill, stroke, style.StrokeWidth * m.Scale, style.EvenOdd));
        }

        /// <summary>
        /// A text element is one line per position of its own (the element, a tspan with x or y); a tspan without one
        /// continues the line in its own style. White space collapses across the line, as SVG's default does.
        /// </summary>
        private void Text(XElement e, Affine m, Style style)
        {
            var x = First(e, "x") ?? 0;
            var y = First(e, "y") ?? 0;
            var spans = new List<(string Text, Style Style)>();
            void Flush()
            {
                var collapsed = CollapseLine(spans);
                spans.Clear();
                var visible = collapsed.Where(p => p.Text.Length > 0 && p.Style.Fill is not null)
                    .Select(p => new TextSpan(p.Text, p.Style.FontSize * m.Scale, p.Style.Fill!.Value with { Alpha = p.Style.Fill.Value.Alpha * p.Style.FillOpacity * p.Style.Opacity }, p.Style.Bold))
                    .ToList();
                if (visible.Count == 0) return;
                var (px, py) = m.Apply(x, y);
                items.Add(new VectorText(px, py, visible, collapsed[0].Style.Anchor, m.Rotation));
            }
            foreach (var node in e.Nodes())
            {
                if (node is XText t) { spans.Add((t.Value, style)); continue; }
                if (node is not XElement child || child.Name.NamespaceName != Svg) continue;
                if (child.Name.LocalName != "tspan") { if (!Skipped.Contains(child.Name.LocalName)) Problem(child, Diagnostics.Messages.SvgTextChildNotDrawn.With(child.Name.LocalName)); continue; }
                var tspanStyle = style.With(child, this);
                if (tspanStyle.Hidden) continue;
                var tx = First(child, "x");
                var ty = First(child, "y");
                if (tx is not null || ty is not null)
                {
                    Flush();
                    x = tx ?? x;
                    y = ty ?? y;
                }
                spans.Add((child.Value, tspanStyle));
            }
            Flush();
        }

        private static List<(string Text, Style Style)> CollapseLine(List<(string Text, Style Style)> spans)
        {
            var result = new List<(string Text, Style Style)>();
            var spaceBefore = true; // nothing yet: a leading space goes
            foreach (var (text, s) in spans)
            {
                var sb = new StringBuilder();
                foreach (var c in text)
                {
                    if (char.IsWhiteSpace(c)) { if (!spaceBefore) sb.Append(' '); spaceBefore = true; }
                    else { sb.Append(c); spaceBefore = false; }
                }
                result.Add((sb.ToString(), s));
            }
            for (var i = result.Count - 1; i >= 0; i--)
            {
                var trimmed = result[i].Text.TrimEnd(' ');
                result[i] = (trimmed, result[i].Style);
                if (trimmed.Length > 0) break;
            }
            return result;
        }

        private static double? First(XElement e, string name) =>
            (string?)e.Attribute(name) is { } v && Affine.Numbers(v.Replace("px", "", StringComparison.Ordinal)) is { Count: > 0 } list ? list[0] : null;

        private static double L(XElement e, string name) => Paint.Length((string?)e.Attribute(name)) ?? 0;

        private static string RectData(XElement e)
        {
            double x = L(e, "x"), y = L(e, "y"), w = L(e, "width"), h = L(e, "height");
            if (w <= 0 || h <= 0) return "";
            var rxAttr = Paint.Length((string?)e.Attribute("rx"));
            var ryAttr = Paint.Length((string?)e.Attribute("ry"));
            var rx = Math.Min(rxAttr ?? ryAttr ?? 0, w / 2);
            var ry = Math.Min(ryAttr ?? rxAttr ?? 0, h / 2);
            if (rx <= 0 || ry <= 0) return F($"M{x} {y} H{x + w} V{y + h} H{x} Z");
            return F($"M{x + rx} {y} H{x + w - rx} A{rx} {ry} 0 0 1 {x + w} {y + ry} V{y + h - ry} A{rx} {ry} 0 0 1 {x + w - rx} {y + h} H{x + rx} A{rx} {ry} 0 0 1 {x} {y + h - ry} V{y + ry} A{rx} {ry} 0 0 1 {x + rx} {y} Z");
        }

        private static string EllipseData(double cx, double cy, double rx, double ry) =>
            F($"M{cx - rx} {cy} A{rx} {ry} 0 1 0 {cx + rx} {cy} A{rx} {ry} 0 1 0 {cx - rx} {cy} Z");

        private static string F(FormattableString s) => s.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The inherited presentation state; <see cref="Opacity"/> multiplies down the tree (group opacity, approximated per shape).</summary>
    private sealed record Style(Rgba? Fill, Rgba? Stroke, double StrokeWidth, double FillOpacity, double StrokeOpacity, double Opacity,
        double FontSize, bool Bold, TextAnchor Anchor, bool EvenOdd, Rgba Colour, bool Hidden)
    {
        public static readonly Style Initial = new(new Rgba(0, 0, 0), null, 1, 1, 1, 1, 16, false, TextAnchor.Start, false, new Rgba(0, 0, 0), false);

        /// <summary>This style with the element's presentation attributes, then its style="" declarations, applied.</summary>
        public Style With(XElement e, Reading reading)
        {
            var declarations = new List<(string Name, string Value, XObject At)>();
            foreach (var a in e.Attributes().Where(a => a.Name.NamespaceName.Length == 0)) declarations.Add((a.Name.LocalName, a.Value, a));
            if (e.Attribute("style") is { } styleAttribute)
                foreach (var part in styleAttribute.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = part.IndexOf(':');
                    if (colon > 0) declarations.Add((part[..colon].Trim(), part[(colon + 1)..].Trim(), styleAttribute));
                }
            var s = this with { Opacity = Opacity }; // opacity is not inherited as such: it multiplies
            var colour = declarations.LastOrDefault(d => d.Name == "color");
            if (colour.Value is not null && Paint.Colour(colour.Value) is { } c) s = s with { Colour = c };
            foreach (var (name, value, at) in declarations)
            {
                switch (name)
                {
                    case "fill" or "stroke":
                        var paint = Paint.Parse(value, s.Colour);
                        if (paint.Problem is not null) { reading.Problem(at, Diagnostics.Messages.SvgPaintProblem.With(e.Name.LocalName, paint.Problem)); break; }
                        s = name == "fill" ? s with { Fill = paint.None ? null : paint.Colour } : s with { Stroke = paint.None ? null : paint.Colour };
                        break;
                    case "stroke-width": s = s with { StrokeWidth = Paint.Length(value, s.FontSize) ?? s.StrokeWidth }; break;
                    case "fill-opacity": s = s with { FillOpacity = Math.Clamp(Paint.Number(value) ?? 1, 0, 1) }; break;
                    case "stroke-opacity": s = s with { StrokeOpacity = Math.Clamp(Paint.Number(value) ?? 1, 0, 1) }; break;
                    case "opacity": s = s with { Opacity = Opacity * Math.Clamp(Paint.Number(value) ?? 1, 0, 1) }; break;
                    case "fill-rule": s = s with { EvenOdd = value.Trim() == "evenodd" }; break;
                    case "font-size": s = s with { FontSize = Paint.Length(value, FontSize) ?? s.FontSize }; break;
                    case "font-weight": s = s with { Bold = value.Trim() is "bold" or "bolder" || (int.TryParse(value, out var w) && w >= 600) }; break;
                    case "text-anchor": s = s with { Anchor = value.Trim() switch { "middle" => TextAnchor.Middle, "end" => TextAnchor.End, _ => TextAnchor.Start } }; break;
                    case "display": if (value.Trim() == "none") s = s with { Hidden = true }; break;
                    case "visibility": s = s with { Hidden = value.Trim() is "hidden" or "collapse" }; break;
                }
            }
            return s;
        }
    }
}
