using DocumentFormat.OpenXml.Packaging;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Writes the document's pictures beside report.md as image-1.png, image-2.jpg, … in order of first use (a
/// picture used twice is written once). Names come from the count, never from the package, so nothing is
/// written outside the report folder.
/// </summary>
internal sealed class ImageStore(string folder)
{
    private readonly Dictionary<Uri, string> _written = [];

    public string Write(ImagePart part, ImportPlace place)
    {
        if (_written.TryGetValue(part.Uri, out var existing))
        {
            return existing;
        }

        var (extension, usable) = part.ContentType.ToLowerInvariant() switch
        {
            "image/png" => (".png", true),
            "image/jpeg" or "image/jpg" or "image/pjpeg" => (".jpg", true),
            "image/gif" => (".gif", true),
            "image/svg+xml" => (".svg", true),
            "image/x-emf" or "image/emf" => (".emf", false),
            "image/x-wmf" or "image/wmf" => (".wmf", false),
            "image/tiff" => (".tif", false),
            "image/bmp" => (".bmp", false),
            _ => (".bin", false),
        };
        var name = $"image-{_written.Count + 1}{extension}";
        using (var source = part.GetStream(FileMode.Open, FileAccess.Read))
        using (var target = File.Create(Path.Combine(folder, name)))
        {
            source.CopyTo(target);
        }

        if (!usable)
        {
            place.Warning(DiagnosticCodes.ImportImageType,
                Messages.ImportPictureType.With(name, MessageText.Value(part.ContentType)));
        }

        _written[part.Uri] = name;
        return name;
    }
}
