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
    private static readonly ImmutableDictionary<string, string> CoreTypes = new Dictionary<string, string>
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

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
    public static EpubImageCatalog Build(IEnumerable<string> inputPaths, Func<string, byte[]?> load)
    {
        var images = ImmutableArray.CreateBuilder<EpubImage>();
        var unsupported = ImmutableArray.CreateBuilder<string>();
        foreach (var path in inputPaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path);
            if (!CoreTypes.TryGetValue(extension, out var mediaType))
            {
                unsupported.Add(path);
                continue;
            }

            if (load(path) is not { } content)
            {
                continue;
            }

            var href = $"images/image-{images.Count + 1:D3}{extension.ToLowerInvariant()}";
            images.Add(new EpubImage(path, href, mediaType, content));
        }

        return new EpubImageCatalog(images.ToImmutable(), unsupported.ToImmutable());
    }
}
