using SiteGen.Model;

namespace SiteGen.Pdf;

/// <summary>
/// The bytes of a report's figure images, read once per report and shared by its editions and every layout pass
/// (the engine used to read each file again whenever it laid a figure out). Only types the PDF sets are read;
/// the others were reported once at ingestion.
/// </summary>
public sealed class FigureImages
{
    private readonly Dictionary<string, byte[]> _bytes;

    private FigureImages(Dictionary<string, byte[]> bytes) => _bytes = bytes;

    /// <param name="read">How to read an input file (the build's <c>SourceSnapshot.Read</c>); by default straight from disk.</param>
    public static FigureImages Load(Report report, string inputDirectory, Func<string, byte[]?>? read = null)
    {
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (image, inFigure) in ImageUses.Of(report))
        {
            if (!inFigure || image.InputPath is not { } path || !ImageFormats.PdfCanSet(image.Format) || bytes.ContainsKey(path)) continue;
            if (read is not null)
            {
                if (read(path) is { } snapshot) bytes[path] = snapshot;
                continue;
            }

            var full = Path.Combine(inputDirectory, path);
            if (File.Exists(full)) bytes[path] = File.ReadAllBytes(full);
        }

        return new FigureImages(bytes);
    }

    /// <summary>The image's bytes, or null when the PDF cannot set it (the figure keeps its caption).</summary>
    public byte[]? Of(ImageRef? image) =>
        image?.InputPath is { } path && _bytes.TryGetValue(path, out var bytes) ? bytes : null;

    private readonly Dictionary<string, Typesetting.Model.VectorDrawing?> _drawings = new(StringComparer.Ordinal);

    /// <summary>An SVG figure as the vector drawing the PDFs draw, read once per file; null when it is not one (or was refused at ingestion).</summary>
    public Typesetting.Model.VectorDrawing? DrawingOf(ImageRef? image)
    {
        if (image is not { Format: ImageFormat.Svg, InputPath: { } path } || Of(image) is not { } bytes) return null;
        lock (_drawings)
        {
            if (!_drawings.TryGetValue(path, out var drawing))
                _drawings[path] = drawing = Media.SvgPdf.SvgDrawingReader.Read(bytes).Drawing;
            return drawing;
        }
    }
}
