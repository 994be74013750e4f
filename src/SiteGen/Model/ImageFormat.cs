namespace SiteGen.Model;

/// <summary>An image's type, read from the file's first bytes (not its name) at ingestion.</summary>
public enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    Gif,
    Svg,
    WebP,
}

/// <summary>Which format can show which image type: decided here once, read by ingestion's checks and the writers.</summary>
public static class ImageFormats
{
    /// <summary>
    /// The largest image SiteGen accepts, in pixels (width × height): 100 megapixels, a 10000 × 10000 photo. The
    /// header is read before anything is decoded; a bigger image (a 40000 × 40000 PNG is 4.7 MB on disk and 6.4 GB
    /// decoded) is refused with a located error instead of exhausting memory.
    /// </summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>
    /// The PDF engine sets PNG and JPEG as pictures and draws SVG as vector graphics; an SVG using what a PDF figure
    /// cannot draw is refused per file at ingestion (ImageSupport).
    /// </summary>
    public static bool PdfCanSet(ImageFormat format) => format is ImageFormat.Png or ImageFormat.Jpeg or ImageFormat.Svg;

    /// <summary>EPUB 3 core media types.</summary>
    public static bool EpubCanCarry(ImageFormat format) =>
        format is ImageFormat.Png or ImageFormat.Jpeg or ImageFormat.Gif or ImageFormat.Svg;

    public static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Png => "PNG",
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Gif => "GIF",
        ImageFormat.Svg => "SVG",
        ImageFormat.WebP => "WebP",
        _ => "an unknown type",
    };
}
