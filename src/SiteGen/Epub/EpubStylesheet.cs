using System.Text;
using SiteGen.Html;

namespace SiteGen.Epub;

/// <summary>
/// The book's own CSS, shipped inside the assembly so an EPUB never depends on the templates folder. The report's
/// language chooses it: the Chinese rules (2 em indent, no italics, Hei headings) with SC or TC fonts for Chinese,
/// a plain Latin sheet otherwise.
/// </summary>
internal static class EpubStylesheet
{
    public const string Href = "styles/epub.css";

    private static readonly byte[] Simplified = Load("SiteGen.Epub.epub.css");
    private static readonly byte[] Traditional = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Simplified)
        .Replace("Simplified Chinese", "Traditional Chinese", StringComparison.Ordinal)
        .Replace(" SC\"", " TC\"", StringComparison.Ordinal));
    private static readonly byte[] Latin = Load("SiteGen.Epub.epub-latin.css");

    public static byte[] For(HtmlLanguage language) => language.Script switch
    {
        Script.Simplified => Simplified,
        Script.Traditional => Traditional,
        _ => Latin,
    };

    private static byte[] Load(string name)
    {
        using var stream = typeof(EpubStylesheet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the EPUB stylesheet {name} is not embedded in the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
