using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Typesetting.Rendering;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// docs/typography.md rule 18: the running head and the folio stand where the edition puts them, inside a margin a
/// printer accepts (at least 10 mm from the trim) and clear of the text block. Before, the head's baseline was 55 % of
/// the top margin down, so an 18 pt large-print head reached to 6.5 mm from the top edge, and the folio 45 % of
/// the bottom margin up (9.9 mm in every edition).
/// </summary>
public sealed class PageFurnitureMarginTests
{
    private const double Mm = 72 / 25.4;

    public static TheoryData<string> Editions => ["screen", "print", "large-print"];

    private static PdfEdition Edition(string name, string? yaml = null)
    {
        var bag = new DiagnosticBag();
        var edition = EditionSettingsLoader.Parse(yaml ?? EditionTypographyTests.Shipped(name), name + ".yml", bag);
        Assert.Empty(bag.Sorted());
        return edition!;
    }

    /// <summary>Text lines and rules drawn inside one kind of artifact ("header", "footer") on body pages, in points from the trim's top-left.</summary>
    private static List<(string Kind, double Y, double Size)> Furniture(RecordingCanvas canvas, string artifact)
    {
        var found = new List<(string, double, double)>();
        foreach (var page in canvas.Pages)
        {
            var inside = false;
            foreach (var line in page)
            {
                if (line == $"<artifact {artifact}>") inside = true;
                else if (line == "</artifact>") inside = false;
                else if (inside && line.StartsWith("text ", StringComparison.Ordinal))
                    found.Add(("text", D(line.Split(' ')[2]), D(line.Split(' ')[3])));
                else if (inside && line.StartsWith("line ", StringComparison.Ordinal))
                    found.Add(("rule", D(line.Split(' ')[2]), 0));
            }
        }
        return found;
    }

    private static RecordingCanvas Report(PdfEdition edition) =>
        EditionTypographyTests.Lay(edition, string.Concat(Enumerable.Repeat("正文段落，正文段落，正文段落，正文段落，正文段落。\n\n", 120)));

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_running_head_and_folio_stand_at_least_10_mm_inside_the_trim_and_clear_of_the_text(string name)
    {
        var edition = Edition(name);
        var s = edition.Settings;
        var canvas = Report(edition);
        var head = Furniture(canvas, "header");
        var folio = Furniture(canvas, "footer");
        Assert.True(head.Count(h => h.Kind == "text") > 10, "no running heads to measure");
        Assert.True(folio.Count > 3, "no folios to measure");

        // Top of the head's type: its em box (0.88 em above the baseline in the CJK faces) at head-margin-mm.
        var headTop = head.Where(h => h.Kind == "text").Min(h => h.Y - 0.88 * h.Size);
        Assert.Equal(s.HeadMarginMm * Mm, headTop, 1);
        Assert.True(headTop >= 10 * Mm, $"{name}: the running head is {headTop / Mm:0.0} mm from the top edge");
        var lowest = head.Max(h => h.Y);
        Assert.True(lowest <= s.MarginTopMm * Mm - 1 * Mm, $"{name}: the head reaches {lowest / Mm:0.0} mm, the text block starts at {s.MarginTopMm} mm");

        var trimHeight = s.PageHeightMm * Mm;
        var folioBaseline = folio.Max(f => f.Y);
        Assert.Equal(s.FootMarginMm * Mm, trimHeight - folioBaseline, 1);
        Assert.True(trimHeight - folioBaseline >= 10 * Mm, $"{name}: the folio is {(trimHeight - folioBaseline) / Mm:0.0} mm from the bottom edge");
        var folioTop = folio.Min(f => f.Y - 0.88 * f.Size);
        Assert.True(folioTop >= trimHeight - s.MarginBottomMm * Mm, $"{name}: the folio reaches into the text block");
    }

    [Fact]
    public void The_edition_file_places_the_head_and_folio_and_refuses_a_head_that_would_reach_into_the_text()
    {
        var yaml = EditionTypographyTests.Shipped("screen");
        var moved = Edition("screen", yaml.Replace("head-margin-mm: 12", "head-margin-mm: 15", StringComparison.Ordinal).Replace("foot-margin-mm: 12", "foot-margin-mm: 14", StringComparison.Ordinal));
        var normal = Report(Edition("screen"));
        var shifted = Report(moved);
        Assert.Equal(3 * Mm, Furniture(shifted, "header").Min(h => h.Y) - Furniture(normal, "header").Min(h => h.Y), 1);
        Assert.Equal(-2 * Mm, Furniture(shifted, "footer").Max(h => h.Y) - Furniture(normal, "footer").Max(h => h.Y), 1);

        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse(yaml.Replace("head-margin-mm: 12", "head-margin-mm: 23", StringComparison.Ordinal), "screen.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Code == DiagnosticCodes.InvalidEditionFile && d.Message.Contains("head-margin-mm", StringComparison.Ordinal));
        bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse(yaml.Replace("foot-margin-mm: 12", "foot-margin-mm: 21", StringComparison.Ordinal), "screen.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Code == DiagnosticCodes.InvalidEditionFile && d.Message.Contains("foot-margin-mm", StringComparison.Ordinal));
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
