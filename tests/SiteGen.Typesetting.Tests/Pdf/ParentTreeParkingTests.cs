using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using SiteGen.Typesetting.Pdf;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// PDFsharp scans the structure parent tree for every piece of marked content, so its length is the cost of
/// each drawing call. Parking keeps it to one page's entries while drawing and gives back the same tree.
/// </summary>
public sealed class ParentTreeParkingTests
{
    private const int Pages = 60;

    [Fact]
    public void While_drawing_the_tree_holds_one_pages_entries_and_after_restoring_the_whole_tree_is_back_in_order()
    {
        var longest = 0;
        var parked = Draw(new ParentTreeParking(), nums => longest = Math.Max(longest, nums));
        var plain = Draw(null, _ => { });

        Assert.True(longest <= 2 * 4, $"the tree held {longest} items while drawing; one page has at most 4 entries");
        Assert.Equal(plain, parked);
        Assert.Equal(Enumerable.Range(0, parked.Count), parked);
    }

    [Fact]
    public void Without_parking_the_tree_grows_with_the_document()
    {
        var longest = 0;
        Draw(null, nums => longest = Math.Max(longest, nums));
        Assert.True(longest > Pages, $"the tree held only {longest} items");
    }

    /// <summary>Draws pages with tagged lines and a link each; returns the parent tree's keys as saved.</summary>
    private static List<int> Draw(ParentTreeParking? parking, Action<int> observe)
    {
        var document = new PdfDocument();
        var structure = UAManager.ForDocument(document).StructureBuilder;
        XGraphics? graphics = null;
        for (var i = 0; i < Pages; i++)
        {
            parking?.Park(document);
            var page = document.AddPage();
            var previous = graphics;
            graphics = XGraphics.FromPdfPage(page);
            previous?.Dispose();
            for (var j = 0; j < 3; j++)
            {
                structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                graphics.DrawLine(XPens.Black, 10, 10 + j, 100, 10 + j);
                structure.End();
            }

            var link = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(new XPoint(10, 10), new XPoint(50, 20)), "https://example.org/");
            structure.BeginElement(link, "链接");
            graphics.DrawLine(XPens.Black, 10, 30, 100, 30);
            structure.End();
            observe(Nums(document)?.Elements.Count ?? 0);
        }

        graphics?.Dispose();
        parking?.Restore(document);
        var nums = Nums(document)!;
        return [.. nums.Elements.OfType<PdfInteger>().Select(n => n.Value)];
    }

    private static PdfArray? Nums(PdfDocument document) =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
            ?.Elements.GetDictionary("/ParentTree")
            ?.Elements.GetArray("/Nums");
}
