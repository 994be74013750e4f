using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Model;
using Md = Markdig.Syntax;

namespace SiteGen.Ingest;

/// <summary>
/// Names every heading before anything else is named, so a repeated heading gets "-2" (the README's promise)
/// and not the number after its section's paragraph ids ("甲-2" is also paragraph 2 of 甲; the paragraph yields).
/// </summary>
internal static class HeadingIds
{
    public static Dictionary<Md.HeadingBlock, string> Plan(MarkdownDocument document, ConversionScope scope)
    {
        // The text is converted as the converter will convert it, in a scratch scope: no diagnostic is reported twice
        // and no footnote reference is counted twice.
        var scratch = scope.Scratch();
        var inlines = new InlineConverter(scratch, new FootnoteRegistry(scratch.Ids));
        var ids = new Dictionary<Md.HeadingBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in document.Descendants<Md.HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is { } explicitId)
            {
                ids[heading] = explicitId; // reserved already, with its own diagnostic when taken
                continue;
            }

            var text = InlineText.Of(InlineNormalizer.Normalize(inlines.Convert(heading.Inline), scope.NormalizePunctuation));
            ids[heading] = scope.Ids.Unique(IdGenerator.Slugify(text));
        }

        return ids;
    }
}
