using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// width and height attributes from the image's header, so the browser reserves the room before the file
/// arrives (no layout shift); the stylesheets keep images fluid (max-width: 100%; height: auto). Left out when
/// the size is unknown.
/// </summary>
internal static class ImageSize
{
    public static (string Name, string? Value) Width(ImageRef image) =>
        ("width", image.Size?.Width.ToString(CultureInfo.InvariantCulture));

    public static (string Name, string? Value) Height(ImageRef image) =>
        ("height", image.Size?.Height.ToString(CultureInfo.InvariantCulture));
}
