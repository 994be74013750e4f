namespace SiteGen.Epub;

/// <summary>The book's own CSS, shipped inside the assembly so an EPUB never depends on the templates folder.</summary>
internal static class EpubStylesheet
{
    public const string Href = "styles/epub.css";

    public static byte[] Content { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(EpubStylesheet).Assembly.GetManifestResourceStream("SiteGen.Epub.epub.css")
            ?? throw new InvalidOperationException("the EPUB stylesheet is not embedded in the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
