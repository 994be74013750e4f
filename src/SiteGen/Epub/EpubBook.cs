using SiteGen.Model;

namespace SiteGen.Epub;

/// <summary>
/// What the package document says about a book: the report, its metadata record, its packed images, and the
/// print edition its page list maps to (null when no print edition was laid out).
/// </summary>
internal sealed record EpubBook(Report Report, MetadataRecord Record, EpubImageCatalog Images, PrintPages? Print = null)
{
    public bool HasPageList => Print is not null;

    public string Identifier => Record.Identifier;

    /// <summary>
    /// dcterms:modified must be a UTC timestamp; it is the latest revision's date (or the report's), never the
    /// clock, so a correction moves it and nothing else does.
    /// </summary>
    public string Modified =>
        Record.Modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";

    public bool HasImages => !Images.Images.IsEmpty;

    /// <summary>Every image that is shown carries alt text (figure or inline).</summary>
    public bool AllImagesHaveAlt => ImageRefs().All(i => i.Decorative || !string.IsNullOrWhiteSpace(i.Alt));

    private IEnumerable<ImageRef> ImageRefs() =>
        Flatten(Report.Blocks).Where(i => Images.HrefOf(i) is not null);

    private static IEnumerable<ImageRef> Flatten(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        FigureBlock { Image: { } image } => [image],
        ParagraphBlock p => Inlines(p.Content),
        HeadingBlock h => Inlines(h.Content),
        ListBlock l => l.Items.SelectMany(i => Flatten(i.Blocks)),
        QuoteBlock q => Flatten(q.Blocks),
        TableBlock t => t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => Inlines(c.Content)),
        _ => [],
    });

    private static IEnumerable<ImageRef> Inlines(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        ImageInline image => [image.Image],
        StrongInline s => Inlines(s.Children),
        EmphasisInline e => Inlines(e.Children),
        LinkInline l => Inlines(l.Children),
        _ => Enumerable.Empty<ImageRef>(),
    });
}
