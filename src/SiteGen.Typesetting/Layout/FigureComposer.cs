using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>A figure: the image scaled into the measure (at most 60% of the page height), then its caption and credit.</summary>
internal sealed class FigureComposer(LayoutContext context, TextSetter setter)
{
    /// <summary>The largest image decoded: 100 megapixels (a 40000 x 40000 PNG would need 6.4 GB).</summary>
    public const double MaxPixels = 100_000_000;

    public void Compose(FigureBlock f, List<FlowItem> items, double indent, double width)
    {
        if (f.AnchorId is not null) items.Add(new AnchorItem(f.AnchorId, 0, ""));
        var bytes = f.ImageBytes ?? (f.ImagePath is not null && File.Exists(f.ImagePath) ? File.ReadAllBytes(f.ImagePath) : null);
        if (f.ImagePath is not null && bytes is null)
            context.Wrap(TypesetProblem.ImageUnreadable, $"The figure's image '{f.ImagePath}' cannot be read.", f.Source, f.ImagePath);
        ImageSlice? image = null;
        if (bytes is not null)
        {
            var size = ImageSize.Read(bytes);
            if (size is null) context.Wrap(TypesetProblem.ImageNotPngOrJpeg, "The figure's image is neither PNG nor JPEG.", f.Source);
            // Checked from the header before anything decodes the pixels (SiteGen refuses these at ingestion too).
            else if (size.Value.Width * size.Value.Height > MaxPixels)
                context.Wrap(TypesetProblem.ImageTooLarge, $"The figure's image is {size.Value.Width} x {size.Value.Height} pixels, more than {MaxPixels / 1_000_000} megapixels.", f.Source,
                    Invariant(size.Value.Width), Invariant(size.Value.Height), Invariant(MaxPixels / 1_000_000));
            else
            {
                var (w, h) = size.Value;
                var scale = Math.Min(width / w, context.TextHeight * 0.6 / h);
                WarnIfCoarse(w, h, scale, f.Source);
                image = new ImageSlice
                {
                    Bytes = bytes, Width = w * scale, Height = h * scale, AltText = AltText(f), Decorative = f.Decorative, Source = f.Source,
                    Indent = indent + (width - w * scale) / 2, SpaceBefore = context.BodyLine * 0.5,
                };
            }
        }
        Slice? picture = image is not null ? image : f.Drawing is { } drawing ? Drawing(f, drawing, indent, width) : null;
        var hasImage = picture is not null;
        // A decorative image (marked so by its author) is an artifact: no Figure, and its caption is a paragraph.
        var figure = hasImage && !f.Decorative;
        // A Figure and its Caption (caption and credit) are grouped in a Div, so the caption belongs to the figure's
        // parent and a reader meets them together; a figure without a picture is its caption alone, a paragraph.
        if (picture is not null)
        {
            if (figure) items.Add(new TagItem(StructureTag.Div));
            items.Add(picture);
        }
        var style = new TextStyle(FontRole.Heading, false, context.Settings.CaptionPoints);
        var lh = style.Size * context.Settings.CaptionLeading;
        var caption = new List<Run>(f.Caption);
        if (!string.IsNullOrWhiteSpace(f.Credit)) caption.Add(new TextRun((caption.Count > 0 ? "  " : "") + f.Credit));
        var lines = setter.Set(caption, style, width, 0, false, f.Source);
        if (lines.Count == 0)
        {
            if (figure) items.Add(new TagItem(null)); // no empty Caption element
            return;
        }
        items.Add(new TagItem(figure ? StructureTag.Caption : StructureTag.P));
        for (var i = 0; i < lines.Count; i++)
            items.Add(new LineSlice
            {
                Line = lines[i], Height = lh + (i == lines.Count - 1 ? context.BodyLine * 0.5 : 0), Baseline = BlockComposer.Baseline(lh, style.Size),
                Indent = indent, Offset = (width - lines[i].Width) / 2, Source = f.Source, KeepWithPrevious = hasImage || i > 0,
                SpaceBefore = !hasImage && i == 0 ? context.BodyLine * 0.5 : 0,
            });
        items.Add(new TagItem(null));
        if (figure) items.Add(new TagItem(null));
    }

    /// <summary>A vector drawing scaled like an image: the measure's width, at most 60 % of the page height.</summary>
    private DrawingSlice? Drawing(FigureBlock f, VectorDrawing drawing, double indent, double width)
    {
        if (drawing.Width <= 0 || drawing.Height <= 0) return null;
        var scale = Math.Min(width / drawing.Width, context.TextHeight * 0.6 / drawing.Height);
        var runs = new Dictionary<int, IReadOnlyList<DrawingTextRun>>();
        for (var i = 0; i < drawing.Items.Count; i++)
            if (drawing.Items[i] is VectorText t) runs[i] = DrawingSlice.Runs(t, context.Measurer, cp => context.Missing(cp, f.Source));
        return new DrawingSlice
        {
            Drawing = drawing, Scale = scale, AltText = AltText(f), Decorative = f.Decorative, TextRuns = runs, Source = f.Source,
            Height = drawing.Height * scale, Indent = indent + (width - drawing.Width * scale) / 2, SpaceBefore = context.BodyLine * 0.5,
        };
    }

    /// <summary>The Figure's /Alt: the author's alternative text, else the caption, so the figure is never without a description.</summary>
    private static string AltText(FigureBlock f)
    {
        if (!string.IsNullOrWhiteSpace(f.AltText)) return f.AltText;
        var caption = TextSetter.Plain(f.Caption).Trim();
        return caption.Length > 0 ? caption : f.Credit?.Trim() ?? "";
    }

    /// <summary>An image spread over more page than its pixels can fill looks blocky: say how coarse it is set.</summary>
    private void WarnIfCoarse(double w, double h, double scale, string source)
    {
        var ppi = 72 / scale; // scale is points per pixel; a point is 1/72 inch
        var min = context.Settings.MinImagePpi;
        if (ppi >= min) return;
        var mm = w * scale / LayoutContext.PointsPerMm;
        var needed = Math.Ceiling(w * min / ppi);
        context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF005", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The figure's image is {w:0}×{h:0} px and set {mm:0} mm wide: {ppi:0} ppi, under the {min:0} ppi this edition needs; supply an image of at least {needed:0} px across."), source)
        {
            Problem = TypesetProblem.CoarseImage,
            Args = [Invariant(w, "0"), Invariant(h, "0"), Invariant(mm, "0"), Invariant(ppi, "0"), Invariant(min, "0"), Invariant(needed, "0")],
        });
    }

    private static string Invariant(double value, string? format = null) =>
        value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
