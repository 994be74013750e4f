using PdfSharp.Pdf;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while pages are drawn. PDFsharp scans the whole /Nums array of
/// the parent tree for every piece of marked content it opens, and the array grows by one entry per page and
/// per link, so a long document cost quadratic time (10,000 headings: minutes). Entries of finished pages are
/// never looked up again, so they are parked aside when a page begins and put back, in order, before saving:
/// the saved tree is the same.
/// </summary>
internal sealed class ParentTreeParking
{
    private readonly List<PdfItem> _parked = [];

    /// <summary>Moves the entries of the pages drawn so far out of the tree; call before a new page is added.</summary>
    public void Park(PdfDocument document)
    {
        if (Nums(document) is not { } nums) return;
        _parked.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    /// <summary>Puts every parked entry back in front of the current page's entries.</summary>
    public void Restore(PdfDocument document)
    {
        if (_parked.Count == 0 || Nums(document) is not { } nums) return;
        var current = nums.Elements.ToList();
        nums.Elements.Clear();
        foreach (var item in _parked) nums.Elements.Add(item);
        foreach (var item in current) nums.Elements.Add(item);
        _parked.Clear();
    }

    private static PdfArray? Nums(PdfDocument document) =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
            ?.Elements.GetDictionary("/ParentTree")
            ?.Elements.GetArray("/Nums");
}
