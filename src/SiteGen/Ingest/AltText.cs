using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// An image is informative unless its author says otherwise. Missing alt text used to publish the image as
/// decorative (alt=""), so a chart vanished for a screen-reader user; now it stops the build at the image, and
/// a decorative image is marked as one explicitly: <c>![](rule.png){.decorative}</c>.
/// </summary>
internal static class AltText
{
    public static void Check(ImageRef image, SourceLocation location, DiagnosticBag diagnostics)
    {
        var hasAlt = image.Alt.Trim().Length > 0;
        if (!hasAlt && !image.Decorative)
        {
            diagnostics.Error(DiagnosticCodes.ImageWithoutAlt,
                $"image '{image.Source}' has no alt text, so a screen-reader user would not know what it shows: write ![what it shows]({image.Source}), or ![]({image.Source}){{.decorative}} if it carries no information",
                location);
        }
        else if (hasAlt && image.Decorative)
        {
            diagnostics.Error(DiagnosticCodes.DecorativeImageWithAlt,
                $"image '{image.Source}' is marked {{.decorative}} but has alt text, which no format would show; remove the alt text or the {{.decorative}} mark",
                location);
        }
    }
}
