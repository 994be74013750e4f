using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>A small page (100 × 120 mm, 10 pt on 1.5, no running head or folio) and a layout of blocks on it with fixed-width glyphs.</summary>
internal static class SmallPage
{
    public static readonly EditionSettings Settings = new()
    {
        PageWidthMm = 100, PageHeightMm = 120, MarginInnerMm = 10, MarginOuterMm = 10, MarginTopMm = 10, MarginBottomMm = 10,
        BodySize = 10, Leading = 1.5, RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None,
    };

    public static readonly DocumentInfo Info = new("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    public static RecordingCanvas Lay(EditionSettings settings, params Block[] blocks)
    {
        var canvas = new RecordingCanvas();
        Typesetter.Layout(new TypesetDocument(Info, blocks), settings, canvas, new FixedWidthMeasurer());
        return canvas;
    }
}
