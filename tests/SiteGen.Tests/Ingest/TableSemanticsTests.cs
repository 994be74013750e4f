using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Ingestion decides what a table's cells are and what names the table, once, for every format: a "Table:" line
/// after it is its shown caption, a lead-in ending in a colon names it, a first column of labels heads the rows,
/// and an empty corner is data rather than an empty header.
/// </summary>
public sealed class TableSemanticsTests
{
    private const string Table = "| 项目 | 数量 |\n|---|---:|\n| 提案 | 328 |\n| 社情民意信息 | 238 |\n";

    [Theory]
    [InlineData("Table: 2021年履职数据\n")]
    [InlineData("表：2021年履职数据\n")]
    public void Line_after_the_table_starting_with_Table_is_its_shown_caption_and_not_a_paragraph(string captionLine)
    {
        var report = Reports.Body("正文。\n\n" + Table + "\n" + captionLine + "\n后文。\n");
        var table = Assert.Single(report.Blocks.OfType<TableBlock>());
        Assert.Equal("2021年履职数据", InlineText.Of(table.Caption));
        Assert.True(table.CaptionShown);
        Assert.Equal(["正文。", "后文。"], report.Blocks.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Content)));
    }

    [Theory]
    [InlineData("Table: 2021年履职数据\n")]
    [InlineData("表：2021年履职数据\n")]
    public void Line_before_the_table_starting_with_Table_is_its_shown_caption_and_takes_no_paragraph_id(string captionLine)
    {
        var report = Reports.Body("正文。\n\n" + captionLine + "\n" + Table + "\n后文。\n");
        var table = Assert.Single(report.Blocks.OfType<TableBlock>());
        Assert.Equal("2021年履职数据", InlineText.Of(table.Caption));
        Assert.True(table.CaptionShown);
        var paragraphs = report.Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal(["正文。", "后文。"], paragraphs.Select(p => InlineText.Of(p.Content)));
        Assert.EndsWith("-2", paragraphs[1].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Table_line_that_no_table_follows_stays_a_paragraph()
    {
        var report = Reports.Body("Table: 2021年履职数据\n\n正文。\n");
        Assert.Empty(report.Blocks.OfType<TableBlock>());
        Assert.Equal(["Table: 2021年履职数据", "正文。"], report.Blocks.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Content)));
    }

    [Theory]
    [InlineData("一年来的主要履职数据：", "一年来的主要履职数据")]
    [InlineData("一年来，主要履职数据如下：", "一年来，主要履职数据")]
    [InlineData("2021年提案办理情况见下表：", "2021年提案办理情况")]
    [InlineData("Main figures of the year:", "Main figures of the year")]
    [InlineData("The figures are as follows:", "The figures are")]
    public void Lead_in_ending_in_a_colon_names_the_table_and_stays_a_paragraph(string lead, string caption)
    {
        var report = Reports.Body(lead + "\n\n" + Table);
        var table = Assert.Single(report.Blocks.OfType<TableBlock>());
        Assert.Equal(caption, InlineText.Of(table.Caption));
        Assert.False(table.CaptionShown);
        Assert.Equal(lead, InlineText.Of(Assert.Single(report.Blocks.OfType<ParagraphBlock>()).Content));
    }

    [Fact]
    public void Paragraph_not_ending_in_a_colon_does_not_name_the_table()
    {
        var table = Assert.Single(Reports.Body("一年来工作扎实。\n\n" + Table).Blocks.OfType<TableBlock>());
        Assert.True(table.Caption.IsEmpty);
    }

    [Fact]
    public void First_column_of_distinct_labels_heads_the_rows()
    {
        var table = Assert.Single(Reports.Body(Table).Blocks.OfType<TableBlock>());
        Assert.True(table.RowHeaders);
        Assert.All(table.BodyRows, row => Assert.Equal([CellRole.RowHeader, CellRole.Data], row.Cells.Select(c => c.Role)));
        Assert.All(table.HeaderRows[0].Cells, c => Assert.Equal(CellRole.ColumnHeader, c.Role));
    }

    [Theory]
    [InlineData("| 序号 | 内容 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n")]
    [InlineData("| 地区 | 数量 |\n|---|---|\n| 东城 | 3 |\n| 东城 | 4 |\n")]
    [InlineData("| 地区 | 数量 |\n|---|---|\n|  | 3 |\n| 西城 | 4 |\n")]
    [InlineData("| 占比 | 数量 |\n|---|---|\n| 45% | 3 |\n| 1,234.5 | 4 |\n")]
    public void Numbers_repeats_or_gaps_in_the_first_column_are_data_not_row_headers(string markdown)
    {
        var table = Assert.Single(Reports.Body(markdown).Blocks.OfType<TableBlock>());
        Assert.False(table.RowHeaders);
        Assert.All(table.BodyRows.SelectMany(r => r.Cells), c => Assert.Equal(CellRole.Data, c.Role));
    }

    [Fact]
    public void Empty_corner_header_cell_is_data()
    {
        var table = Assert.Single(Reports.Body("|  | 2020年 | 2021年 |\n|---|---|---|\n| 提案 | 300 | 328 |\n").Blocks.OfType<TableBlock>());
        Assert.Equal([CellRole.Data, CellRole.ColumnHeader, CellRole.ColumnHeader], table.HeaderRows[0].Cells.Select(c => c.Role));
        Assert.True(table.RowHeaders);
    }
}
