using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Collects the named destinations while pages are drawn and adds them at the end in descending name order.
/// PDFsharp keeps the names sorted by scanning from the front for the insertion point, so adding them in
/// drawing order cost time quadratic in the number of anchors; in descending order each one goes first at once.
/// The saved name tree is the same sorted array either way.
/// </summary>
internal sealed class NamedDestinations
{
    private readonly Dictionary<string, (int Page, double Top)> _byName = new(StringComparer.Ordinal);

    /// <summary>Records a destination; the first place a name is set wins.</summary>
    public void Add(string name, int page, double top) => _byName.TryAdd(name, (page, top));

    public void AddTo(PdfDocument document)
    {
        foreach (var (name, (page, top)) in _byName.OrderByDescending(kv => kv.Key, StringComparer.Ordinal))
        {
            document.AddNamedDestination(name, page, PdfNamedDestinationParameters.CreatePosition(0, top, null));
        }
    }
}
