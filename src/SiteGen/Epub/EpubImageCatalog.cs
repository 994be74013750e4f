using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// Names the report's images inside the book (images/image-001.png…, by their sorted input paths, so names
/// never clash and never carry spaces or characters reading systems choke on). Only EPUB core media types
/// are packed: anything else would need a fallback chain that epubcheck 4.2 would still flag.
/// </summary>
internal sealed class EpubImageCatalog
{
    private static readonly ImmutableDictionary<ImageFormat, (string MediaType, string Extension)> CoreTypes = new Dictionary<ImageFormat, (string, string)>
    {
        [ImageFormat.Jpeg] = ("image/jpeg", ".jpg"),
        [ImageFormat.Png] = ("image/png", ".png"),
        [ImageFormat.Gif] = ("image/gif", ".gif"),
        [ImageFormat.Svg] = ("image/svg+xml", ".svg"),
    }.ToImmutableDictionary();

    private readonly ImmutableDictionary<string, EpubImage> _byInputPath;

    private EpubImageCatalog(ImmutableArray<EpubImage> images, ImmutableArray<string> unsupported)
    {
        Images = images;
        Unsupported = unsupported;
        _byInputPath = images.ToImmutableDictionary(i => i.InputPath, StringComparer.Ordinal);
    }

    public ImmutableArray<EpubImage> Images { get; }

    /// <summary>Input paths of images left out because their type is not an EPUB core media type.</summary>
    public ImmutableArray<string> Unsupported { get; }

    /// <summary>The image's href relative to the content document, or null when it is not in the book.</summary>
    public string? HrefOf(ImageRef image) =>
        image.InputPath is { } path && _byInputPath.TryGetValue(path, out var packed) ? packed.Href : null;

    /// <param name="load">Reads an input file's bytes; null when it cannot be read.</param>
    /// <param name="refs">The report's images; their type was decided at ingestion from the file's header.</param>
    public static EpubImageCatalog Build(IEnumerable<ImageRef> refs, Func<string, byte[]?> load)
    {
        var images = ImmutableArray.CreateBuilder<EpubImage>();
        var unsupported = ImmutableArray.CreateBuilder<string>();
        var formats = new Dictionary<string, ImageFormat>(StringComparer.Ordinal);
        foreach (var image in refs)
        {
            if (image.InputPath is { } inputPath) formats.TryAdd(inputPath, image.Format);
        }

        foreach (var path in formats.Keys.Order(StringComparer.Ordinal))
        {
            if (!CoreTypes.TryGetValue(formats[path], out var type))
            {
                unsupported.Add(path);
                continue;
            }

            if (load(path) is not { } content)
            {
                continue;
            }

            var href = $"images/image-{images.Count + 1:D3}{type.Extension}";
            images.Add(new EpubImage(path, href, type.MediaType, content));
        }

        return new EpubImageCatalog(images.ToImmutable(), unsupported.ToImmutable());
    }
}
