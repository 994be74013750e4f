using System.Text.RegularExpressions;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Tests.Fixtures;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>
/// What a screen reader meets in the PDF follows the report model: a table's caption is tagged Caption inside the
/// Table, a row label is a TH with Scope Row, an empty corner is a TD, and a decorative image is an artifact.
/// </summary>
public sealed class ReaderTagTests
{
    private static readonly DocumentInfo Info = new("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 1, 1), "seed");

    private static TableBlock Table() => new(
        [[[], [new TextRun("数量")]]],
        [[[new TextRun("提案")], [new TextRun("328")]], [[new TextRun("信息")], [new TextRun("238")]]],
        [CellAlignment.Start, CellAlignment.End], "t.md:3", Caption: [new TextRun("履职数据")], RowHeaders: true);

    private static string Log(params Block[] blocks)
    {
        var canvas = new RecordingCanvas();
        Typesetter.Layout(new TypesetDocument(Info, blocks), new EditionSettings(), canvas, new FixedWidthMeasurer());
        return canvas.ToString().Replace("\r", "", StringComparison.Ordinal);
    }

    [Fact]
    public void Table_caption_row_headers_and_empty_corner_are_tagged_as_the_model_says()
    {
        var log = Log(Table());
        var tags = Regex.Matches(log, "<(Table|Caption|THead|TBody|TR|TH|TD|RowHeader)>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Table", "Caption", "THead", "TR", "TD", "TH", "TBody", "TR", "RowHeader", "TD", "TR", "RowHeader", "TD"], tags);
    }

    [Fact]
    public void Row_headers_carry_scope_row_and_column_headers_scope_column_in_the_pdf()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(Typesetter.Render(new TypesetDocument(Info, [Table()]), new EditionSettings()).Pdf);
        var headers = Regex.Matches(pdf, "<</Type/StructElem[^\\n]*?/S/TH\\b[^\\n]*").Select(m => m.Value).ToList();
        Assert.Equal(2, headers.Count(h => h.Contains("/Scope/Row", StringComparison.Ordinal)));
        Assert.Equal(1, headers.Count(h => h.Contains("/Scope/Column", StringComparison.Ordinal)));
        Assert.Matches("/S/Caption\\b", pdf);
    }

    [Fact]
    public void Decorative_image_is_an_artifact_and_an_informative_one_a_figure()
    {
        var png = TestImages.Png(300, 200, alpha: false);
        var decorative = Log(new FigureBlock(null, png, "", [], null, "t.md:1", Decorative: true));
        var informative = Log(new FigureBlock(null, png, "柱状图", [], null, "t.md:1"));
        Assert.Matches("<artifact>\\s*image ", decorative);
        Assert.DoesNotContain("<Figure>", decorative, StringComparison.Ordinal);
        Assert.Matches("<Figure>\\s*image ", informative);
    }
}
