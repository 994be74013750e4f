using Markdig.Renderers.Html;
using SiteGen.Diagnostics;
using SiteGen.Input;
using SiteGen.Media;
using SiteGen.Model;
using MdLink = Markdig.Syntax.Inlines.LinkInline;

namespace SiteGen.Ingest;

/// <summary>Finds an image's file beside the report; an archive keeps its own copies, so it must exist locally.</summary>
internal static class ImageResolver
{
    public static ImageRef Resolve(MdLink image, string alt, ConversionScope scope)
    {
        var source = image.Url ?? "";
        var location = scope.At(image.Line, image.Column);
        var decorative = image.TryGetAttributes()?.Classes?.Contains("decorative") == true;
        var reference = new ImageRef(source, alt, string.IsNullOrWhiteSpace(image.Title) ? null : image.Title)
        {
            Location = location,
            Decorative = decorative,
        };
        AltText.Check(reference, location, scope.Diagnostics);

        if (source.Contains(':') || source.StartsWith('/') || source.Length == 0)
        {
            scope.Diagnostics.Error(DiagnosticCodes.MissingImage,
                Messages.ImageNotRelative.With(source), location);
            return reference;
        }

        var full = Path.GetFullPath(Path.Combine(scope.ReportDirectory, Uri.UnescapeDataString(source)));
        var inputRoot = Path.GetFullPath(scope.InputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inputRoot, StringComparison.Ordinal) || !File.Exists(full))
        {
            scope.Diagnostics.Error(DiagnosticCodes.MissingImage,
                Messages.ImageNotFound.With(source, Path.GetRelativePath(scope.InputDirectory, full).Replace('\\', '/')), location);
            return reference;
        }

        var inputPath = Path.GetRelativePath(scope.InputDirectory, full).Replace('\\', '/');
        if (InputPaths.IsHidden(inputPath))
        {
            scope.Diagnostics.Error(DiagnosticCodes.OutsideInput,
                Messages.ImageHidden.With(source), location);
            return reference;
        }

        if (InputPaths.Refuse(full, scope.InputDirectory, Messages.ImageNamed.With(source), location, scope.Diagnostics) is not null)
        {
            return reference;
        }

        if (PortableNames.Problem(inputPath) is { } unportable)
        {
            scope.Diagnostics.Error(DiagnosticCodes.UnportableFileName,
                Messages.ImageUnportable.With(source, unportable), location);
            return reference;
        }

        // Type and size from the header, once: every format reads them from the model, none opens the file to ask.
        var (format, size) = ImageHeader.ProbeFile(full);
        if (size is { } pixels && (long)pixels.Width * pixels.Height > ImageFormats.MaxPixels)
        {
            // Refused before anything decodes it; with no InputPath no format will try.
            scope.Diagnostics.Error(DiagnosticCodes.ImageTooLarge,
                Messages.ImageTooLarge.With(source, pixels.Width, pixels.Height, (int)(ImageFormats.MaxPixels / 1_000_000)), location);
            return reference with { Format = format, Size = size };
        }

        if (ImageIntegrity.Problem(full, format, size) is { } damage)
        {
            scope.Diagnostics.Error(DiagnosticCodes.DamagedImage, Messages.ImageDamaged.With(source, damage), location);
            return reference with { Format = format, Size = size };
        }

        if (scope.Images.Add(inputPath))
        {
            SvgCheck.Run(full, inputPath, scope.Diagnostics);
        }

        return reference with { InputPath = inputPath, Size = size, Format = format };
    }
}
