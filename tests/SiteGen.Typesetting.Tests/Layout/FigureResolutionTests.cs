using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Tests.Fixtures;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>An image too coarse for the edition it is set in gets a warning naming its effective resolution.</summary>
public sealed class FigureResolutionTests
{
    private static readonly DocumentInfo Info = new("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    private static List<TypesetDiagnostic> Warnings(int pixelsAcross, double minPpi)
    {
        var settings = new EditionSettings { PageWidthMm = 185, PageHeightMm = 260, MarginInnerMm = 24, MarginOuterMm = 17, BodySize = 10, MinImagePpi = minPpi };
        var figure = new FigureBlock(null, TestImages.Png(pixelsAcross, pixelsAcross * 5 / 8, false), "图", [new TextRun("图注")], null, "r.md:7");
        var result = Typesetter.Layout(new TypesetDocument(Info, [figure]), settings, new RecordingCanvas(), new FixedWidthMeasurer());
        return result.Diagnostics.Where(d => d.Code == "PDF005").ToList();
    }

    [Fact]
    public void A_small_image_set_full_width_is_reported_with_its_effective_resolution()
    {
        // 64 px across the measure (144 mm between the margins rounds to 40 em of 10 pt, 141 mm): about 12 ppi.
        var warning = Assert.Single(Warnings(64, 150));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("r.md:7", warning.Source);
        Assert.Contains("64×40 px", warning.Message);
        Assert.Contains("12 ppi", warning.Message);
        Assert.Contains("150 ppi", warning.Message);
    }

    [Fact]
    public void An_image_with_enough_pixels_for_the_edition_passes()
    {
        // 1600 px across 141 mm is about 288 ppi: fine for print (150) and screen (96).
        Assert.Empty(Warnings(1600, 150));
        // 600 px is about 108 ppi: enough for the screen threshold, too coarse for print.
        Assert.Empty(Warnings(600, 96));
        Assert.Single(Warnings(600, 150));
    }
}
