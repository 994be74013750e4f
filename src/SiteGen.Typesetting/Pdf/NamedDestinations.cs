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
    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);

    /// <summary>Records a destination; the first place a name is set wins.</summary>
    public void Add(string name, int page, double top) => _byName.TryAdd(name, new Place(page, top));

    public void AddTo(PdfDocument document)
    {
        foreach (var name in _byName.Keys.OrderByDescending(k => k, StringComparer.Ordinal))
        {
            var place = _byName[name];
            document.AddNamedDestination(name, place.Page, PdfNamedDestinationParameters.CreatePosition(0, place.Top, null));
        }
    }

    /// <summary>Where a name points. A class, not a value tuple: generic code over a struct (List, LINQ, Dictionary of a tuple) is an instantiation
    /// ReadyToRun cannot precompile, so every process JIT-compiled it (~28 methods).</summary>
    private sealed record Place(int Page, double Top);
}
