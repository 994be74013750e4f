using System.Xml;

namespace SiteGen.Epub;

/// <summary>
/// The package metadata EPUB Accessibility 1.1 asks for, stated only where true: "visual" and
/// "alternativeText" only when the book has images; page-break markers and page navigation only when the print
/// edition was laid out and its pages were mapped into the book.
/// </summary>
internal static class AccessibilityMetadata
{
    /// <summary>EPUB Accessibility 1.1 §2.1: the conformance string, as a dcterms:conformsTo meta.</summary>
    public const string ConformsTo = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    public static IEnumerable<(string Property, string Value)> For(EpubBook book, EpubText text)
    {
        yield return ("schema:accessMode", "textual");
        if (book.HasImages)
        {
            yield return ("schema:accessMode", "visual");
        }

        var describedImages = !book.HasImages || book.AllImagesHaveAlt;
        if (describedImages)
        {
            yield return ("schema:accessModeSufficient", "textual");
        }

        if (book.HasImages)
        {
            yield return ("schema:accessModeSufficient", "textual,visual");
        }

        yield return ("schema:accessibilityFeature", "tableOfContents");
        yield return ("schema:accessibilityFeature", "structuralNavigation");
        yield return ("schema:accessibilityFeature", "readingOrder");
        yield return ("schema:accessibilityFeature", "displayTransformability");
        if (book.HasImages && book.AllImagesHaveAlt)
        {
            yield return ("schema:accessibilityFeature", "alternativeText");
        }

        if (book.HasPageList)
        {
            yield return ("schema:accessibilityFeature", "pageBreakMarkers");
            yield return ("schema:accessibilityFeature", "pageNavigation");
        }

        yield return ("schema:accessibilityHazard", "none");
        var summary = !book.HasImages ? text.Summary : describedImages ? text.SummaryWithImages : text.SummaryMissingAlt;
        yield return ("schema:accessibilitySummary", book.HasPageList ? Sentences(summary, text.PageListNote) : summary);
        if (describedImages)
        {
            // Without alt text on every image WCAG 1.1.1 fails, so conformance is not claimed.
            yield return ("dcterms:conformsTo", ConformsTo);
        }
    }

    /// <summary>Chinese sentences follow one another directly; English ones after a space.</summary>
    private static string Sentences(string first, string second) =>
        first.EndsWith('。') ? first + second : first + " " + second;

    public static void Write(XmlWriter xml, EpubBook book, EpubText text)
    {
        foreach (var (property, value) in For(book, text))
        {
            xml.WriteStartElement("meta", PackageDocument.OpfNamespace);
            xml.WriteAttributeString("property", property);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }
}
