using System.Xml.Linq;
using SiteGen.Output;

namespace SiteGen.Epub;

/// <summary>
/// The print edition's page breaks set into the chapter: an empty pagebreak element (epub:type and the
/// doc-pagebreak role, named by the page number) before the block each page begins with, so a reading system
/// shows and announces the printed page, and the nav's page list links to it. Ids are "page-N", made unique
/// against the report's own.
/// </summary>
internal sealed class PageBreakMarkers
{
    private static readonly XNamespace X = Xhtml.Namespace;
    private static readonly XNamespace Ops = Xhtml.OpsNamespace;

    public IReadOnlyList<XElement> BeforeTitle { get; private init; } = [];
    public IReadOnlyList<XElement> AfterBody { get; private init; } = [];

    /// <summary>Each page's label and the id of its marker, in reading order: the nav's page list.</summary>
    public IReadOnlyList<(string Label, string Id)> Targets { get; private init; } = [];

    public static PageBreakMarkers None { get; } = new();

    /// <summary>Inserts the BeforeBlock markers into <paramref name="article"/>; returns them all.</summary>
    public static PageBreakMarkers Place(IReadOnlyList<PageBreak> breaks, XElement article, XElement notes)
    {
        var taken = article.DescendantsAndSelf().Concat(notes.DescendantsAndSelf())
            .Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var byId = article.Descendants().Where(e => e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var beforeTitle = new List<XElement>();
        var afterBody = new List<XElement>();
        var targets = new List<(string, string)>();
        XElement? last = null;
        foreach (var pageBreak in breaks)
        {
            var marker = Marker(pageBreak.Label, UniqueId(pageBreak.Label, taken));
            targets.Add((pageBreak.Label, (string)marker.Attribute("id")!));
            if (pageBreak.Place == PageBreakPlace.BeforeBlock && pageBreak.BlockId is { } id && byId.TryGetValue(id, out var block))
            {
                InsertionPoint(block).AddBeforeSelf(marker);
            }
            else if (pageBreak.Place == PageBreakPlace.AfterBody)
            {
                afterBody.Add(marker);
            }
            else if (last is not null && pageBreak.Place == PageBreakPlace.BeforeBlock)
            {
                // A block the book does not show with its id: the page begins no earlier than the last one.
                last.AddAfterSelf(marker);
            }
            else
            {
                beforeTitle.Add(marker);
            }

            last = marker;
        }

        return new PageBreakMarkers { BeforeTitle = beforeTitle, AfterBody = afterBody, Targets = targets };
    }

    /// <summary>A table sits in its scrolling region: the marker goes before the region, outside the table.</summary>
    private static XElement InsertionPoint(XElement block) =>
        block.Name == X + "table" && block.Parent is { } wrapper && wrapper.Name == X + "div" &&
        ((string?)wrapper.Attribute("class"))?.Split(' ').Contains("table-scroll") == true
            ? wrapper
            : block;

    private static XElement Marker(string label, string id) =>
        new(X + "span",
            new XAttribute("id", id),
            new XAttribute(Ops + "type", "pagebreak"),
            new XAttribute("role", "doc-pagebreak"),
            new XAttribute("aria-label", label));

    private static string UniqueId(string label, HashSet<string> taken)
    {
        var id = "page-" + label;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"page-{label}-{n}";
        }

        return id;
    }
}
