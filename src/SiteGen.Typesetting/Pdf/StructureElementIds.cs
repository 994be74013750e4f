using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;

namespace SiteGen.Typesetting.Pdf;

/// <summary>
/// Structure element identifiers (ISO 32000-1 §14.7.2, /ID) and the IDTree that finds an element by its identifier.
/// A note drawn on two pages (cited from both) is two elements, so a repeated identifier gets a numbered suffix: an
/// identifier names one element.
/// </summary>
internal sealed class StructureElementIds
{
    private readonly List<(string Id, PdfStructureElement Element)> _elements = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public void Assign(PdfStructureElement element, string id)
    {
        var unique = id;
        for (var n = 2; !_used.Add(unique); n++) unique = $"{id}-{n}";
        element.Elements["/ID"] = Text(unique);
        _elements.Add((unique, element));
    }

    /// <summary>Writes the IDTree into the structure tree root: one leaf, names in byte order as name trees require.</summary>
    public void AddTo(PdfDocument document)
    {
        if (_elements.Count == 0) return;
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
            ?? throw new InvalidOperationException("Structure element identifiers without a structure tree.");
        var names = new PdfArray(document);
        foreach (var (id, element) in _elements.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (element.Reference is null) document.Internals.AddObject(element);
            names.Elements.Add(Text(id));
            names.Elements.Add(element.Reference!);
        }
        var tree = new PdfDictionary(document);
        tree.Elements["/Names"] = names;
        root.Elements["/IDTree"] = tree;
    }

    /// <summary>Identifiers are the report's anchor ids; an ASCII one is written as it is, others as UTF-16.</summary>
    private static PdfString Text(string id) =>
        id.All(c => c < 128) ? new PdfString(id) : new PdfString(id, PdfStringEncoding.Unicode);
}
