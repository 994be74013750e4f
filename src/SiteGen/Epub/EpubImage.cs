namespace SiteGen.Epub;

/// <summary>An image packed into the EPUB: where it came from, its name inside the book, its bytes.</summary>
internal sealed record EpubImage(string InputPath, string Href, string MediaType, byte[] Content)
{
    public string ManifestId => "img-" + Path.GetFileNameWithoutExtension(Href);
}
