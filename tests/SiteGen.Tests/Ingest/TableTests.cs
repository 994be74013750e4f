using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

public sealed class TableTests
{
    [Fact]
    public void Pipe_tables_keep_their_header_rows_and_column_alignment()
    {
        var report = Reports.Body("## 数据\n\n| 项目 | 数量 |\n|:---|---:|\n| 提案 | 328 |\n| 信息 | 238 |\n");

        var table = Assert.Single(report.Blocks.OfType<TableBlock>());
        Assert.Equal(["项目", "数量"], table.HeaderRows.Single().Cells.Select(c => InlineText.Of(c.Content)));
        Assert.Equal(2, table.BodyRows.Length);
        Assert.Equal([CellAlignment.Left, CellAlignment.Right], table.BodyRows[0].Cells.Select(c => c.Alignment));
    }
}
