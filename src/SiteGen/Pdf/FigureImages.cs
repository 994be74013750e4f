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

    public static FigureImages Load(Report report, string inputDirectory)
    {
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (image, inFigure) in ImageUses.Of(report))
        {
            if (!inFigure || image.InputPath is not { } path || !ImageFormats.PdfCanSet(image.Format) || bytes.ContainsKey(path)) continue;
            var full = Path.Combine(inputDirectory, path);
            if (File.Exists(full)) bytes[path] = File.ReadAllBytes(full);
        }

        return new FigureImages(bytes);
    }

    /// <summary>The image's bytes, or null when the PDF cannot set it (the figure keeps its caption).</summary>
    public byte[]? Of(ImageRef? image) =>
        image?.InputPath is { } path && _bytes.TryGetValue(path, out var bytes) ? bytes : null;
}
