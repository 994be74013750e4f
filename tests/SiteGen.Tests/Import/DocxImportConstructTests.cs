using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;
using SiteGen.Model;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using static SiteGen.Tests.Import.WordDoc;
using M = DocumentFormat.OpenXml.Math;

namespace SiteGen.Tests.Import;

/// <summary>
/// What a report cannot hold as Word has it (merged cells, text boxes, comments, tracked changes, fields,
/// equations) is carried as text where it can be and always named, at its paragraph; never dropped silently.
/// </summary>
public sealed class DocxImportConstructTests
{
    private static WordDoc Titled(params OpenXmlElement[] body) =>
        new WordDoc().Add([P("报告", "Title"), P("2021年2月22日"), .. body]);

    [Fact]
    public void Tables_keep_their_header_row_and_merged_cells_are_split_and_named()
    {
        var header = new TableRow(new TableRowProperties(new TableHeader()), Cell("项目"), Cell("数量"), Cell("备注"));
        var merged = new TableRow(Cell("提案", span: 2), Cell("按期办结"));
        var restart = new TableRow(Cell("信息", vMerge: MergedCellValues.Restart), Cell("238"), Cell("采用"));
        var continued = new TableRow(Cell("", vMerge: MergedCellValues.Continue), Cell("12"), Cell("批示"));
        using var doc = Titled(P("数据如下。"), new Table(header, merged, restart, continued), P("以上。"));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        var table = Assert.Single(report.Blocks.OfType<Model.TableBlock>());
        Assert.Equal(["项目", "数量", "备注"], table.HeaderRows.Single().Cells.Select(c => InlineText.Of(c.Content)));
        Assert.Equal(["提案", "", "按期办结"], table.BodyRows[0].Cells.Select(c => InlineText.Of(c.Content)));
        Assert.Equal(["", "12", "批示"], table.BodyRows[2].Cells.Select(c => InlineText.Of(c.Content)));
        var warning = Assert.Single(imported.Warnings(DiagnosticCodes.ImportContentSimplified));
        Assert.Contains("merged cells", warning.Message);
        Assert.Equal(4, warning.Location.Line); // the table's first paragraph
    }

    [Fact]
    public void A_table_without_a_marked_header_row_takes_its_first_row_and_says_so()
    {
        using var doc = Titled(new Table(new TableRow(Cell("甲"), Cell("乙")), new TableRow(Cell("1"), Cell("2"))));
        using var imported = new Imported(doc);

        Assert.Contains("| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |", imported.Markdown);
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentSimplified), d => d.Message.Contains("no header row"));
    }

    [Fact]
    public void A_text_box_is_carried_after_its_paragraph_and_named()
    {
        var box = new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(P("文本框里的话。"))))));
        using var doc = Titled(P(null, false, R("正文。"), box), P("下一段。"));
        using var imported = new Imported(doc);

        Assert.Contains("正文。\n\n文本框里的话。\n\n下一段。", imported.Markdown);
        var warning = Assert.Single(imported.Warnings(DiagnosticCodes.ImportContentSimplified));
        Assert.Contains("text box", warning.Message);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("“正文。", warning.Message);
        Assert.StartsWith("文本框中的文字已作为普通段落放在其锚定段落之后；请检查是否通顺（第 3 段“正文。", warning.Text.Render(MessageLanguage.Chinese));
    }

    [Fact]
    public void A_comment_is_named_with_its_author_and_text()
    {
        using var doc = Titled();
        var comments = doc.Main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(P("这里的数字要核实。")) { Id = "0", Author = "王秘书" });
        doc.Add(P(null, false, R("全年提案328件。"), new Run(new CommentReference { Id = "0" })));
        using var imported = new Imported(doc);

        var warning = Assert.Single(imported.Warnings(DiagnosticCodes.ImportContentLeftOut));
        Assert.Contains("comment by 王秘书", warning.Message);
        Assert.Contains("这里的数字要核实。", warning.Message);
        Assert.StartsWith("王秘书的批注已略去：“这里的数字要核实。”（第 ", warning.Text.Render(MessageLanguage.Chinese));
        Assert.Equal(Imported.Squeeze("报告全年提案328件。"), imported.ReportText());
    }

    [Fact]
    public void Tracked_changes_are_taken_as_accepted_and_named()
    {
        using var doc = Titled(P(null, false,
            R("全年提案"),
            new InsertedRun(R("共")) { Id = "1", Author = "王" },
            new DeletedRun(new Run(new DeletedText("约"))) { Id = "2", Author = "王" },
            R("328件。")));
        using var imported = new Imported(doc);

        Assert.Equal(Imported.Squeeze("报告全年提案共328件。"), imported.ReportText());
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentSimplified), d => d.Message.Contains("tracked changes"));
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentLeftOut), d => d.Message.Contains("“约”"));
    }

    [Fact]
    public void Fields_keep_their_shown_text_and_a_hyperlink_field_becomes_a_link()
    {
        using var doc = Titled(
            P(null, false, R("截至"), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" DATE \\@ \"yyyy年M月d日\" ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("2021年2月22日"), new Run(new FieldChar { FieldCharType = FieldCharValues.End }), R("。")),
            P(null, false, R("见"), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" HYPERLINK \"https://example.org/a\" ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("网站"), new Run(new FieldChar { FieldCharType = FieldCharValues.End }), R("。")),
            P(null, false, new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" TOC \\o \"1-3\" ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), new Hyperlink(R("一、总体要求……1")) { Anchor = "_Toc1" }),
            P(null, false, R("二、主要任务……3"), new Run(new FieldChar { FieldCharType = FieldCharValues.End })),
            P("结束。"));
        using var imported = new Imported(doc);

        var (report, diagnostics) = imported.Parse();
        Assert.Empty(diagnostics);
        Assert.Equal("https://example.org/a", Assert.Single(ReportLinks.Of(report)).Link.Href);
        Assert.Equal(Imported.Squeeze("报告截至2021年2月22日。见网站。结束。"), imported.ReportText());
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentSimplified), d => d.Message.Contains("DATE") && d.Location.Line == 3);
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentLeftOut), d => d.Message.Contains("table of contents") && d.Location.Line == 5);
    }

    [Fact]
    public void An_equation_is_carried_as_plain_text_and_named()
    {
        using var doc = Titled(P(null, false, R("增长率为"), new M.OfficeMath(new M.Run(new M.Text("a+b=c"))), R("。")));
        using var imported = new Imported(doc);

        Assert.Equal(Imported.Squeeze("报告增长率为a+b=c。"), imported.ReportText());
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportContentSimplified), d => d.Message.Contains("equation") && d.Message.Contains("a+b=c"));
    }

    [Fact]
    public void Pictures_are_extracted_with_their_alt_text_and_caption_and_a_missing_alt_is_a_warning()
    {
        using var doc = Titled();
        var png = Support.SampleReport.Png;
        doc.Add(P(null, false, Image(doc, png, "委员们在听取报告", 1)), P("委员们在听取报告。张延林 摄", "Caption"), P(null, false, Image(doc, png, "", 2)), P("完。"));
        using var imported = new Imported(doc);

        Assert.Contains("^^^\n![委员们在听取报告](image-1.png)\n^^^ 委员们在听取报告。张延林 摄\n", imported.Markdown);
        Assert.Contains("\n![](image-2.png)\n", imported.Markdown);
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(imported.Folder, "image-1.png")));
        Assert.False(File.Exists(Path.Combine(imported.Folder, "image-3.png")));
        var warning = Assert.Single(imported.Warnings(DiagnosticCodes.ImportImageWithoutAlt));
        Assert.Equal(5, warning.Location.Line);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused_in_one_line()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-import-").FullName;
        try
        {
            var doc = Path.Combine(root, "old.doc");
            File.WriteAllBytes(doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
            var result = SiteGen.Import.DocxImport.Run(doc, Path.Combine(root, "out"), "old.doc");

            Assert.False(result.Written);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.UnreadableWordFile, error.Code);
            Assert.Contains("Word 97", error.Message);
            Assert.False(Directory.Exists(Path.Combine(root, "out")));
            Assert.Equal([doc], Directory.EnumerateFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>", "&c;")]
    [InlineData("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")]
    public void A_docx_whose_xml_declares_a_dtd_is_refused_in_the_offices_words(string doctype, string text)
    {
        var root = Directory.CreateTempSubdirectory("sitegen-import-").FullName;
        try
        {
            var docx = Path.Combine(root, "dtd.docx");
            using (var zip = System.IO.Compression.ZipFile.Open(docx, System.IO.Compression.ZipArchiveMode.Create))
            {
                void Add(string name, string xml)
                {
                    using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                    writer.Write(xml);
                }

                Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
                Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
                Add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
            }

            var result = SiteGen.Import.DocxImport.Run(docx, Path.Combine(root, "out"), "dtd.docx");

            Assert.False(result.Written);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.UnreadableWordFile, error.Code);
            Assert.Contains("declares a DTD", error.Message);
            Assert.DoesNotContain("XmlReaderSettings", error.Message);
            Assert.False(Directory.Exists(Path.Combine(root, "out")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_docx_that_unpacks_past_the_limits_is_refused_before_it_is_read()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-import-").FullName;
        try
        {
            var bomb = Path.Combine(root, "bomb.docx");
            using (var zip = System.IO.Compression.ZipFile.Open(bomb, System.IO.Compression.ZipArchiveMode.Create))
            using (var entry = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open())
            {
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 64; i++) entry.Write(zeros); // 64 MiB of zeros: about 1000:1
            }

            var result = SiteGen.Import.DocxImport.Run(bomb, Path.Combine(root, "out"), "bomb.docx");

            Assert.False(result.Written);
            Assert.Contains("zip bomb", Assert.Single(result.Diagnostics).Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Without_a_title_line_the_properties_give_it_and_without_any_date_the_import_says_so()
    {
        using var doc = new WordDoc().Add(P("正文只有一段。"));
        using var imported = new Imported(doc, d => d.Document.PackageProperties.Title = "属性里的标题");

        Assert.Contains("title: \"属性里的标题\"", imported.Markdown);
        Assert.Contains(imported.Warnings(DiagnosticCodes.ImportFrontMatterGuess), d => d.Message.Contains("properties"));
        Assert.Contains("# date: yyyy-mm-dd", imported.Markdown);
        Assert.Contains(imported.Result.Diagnostics, d => d.Code == DiagnosticCodes.ImportNoDate && d.Severity == Severity.Error);
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (vMerge is not null) properties.Append(new VerticalMerge { Val = vMerge });
        return new TableCell(properties, P(text));
    }

    private static Run Image(WordDoc doc, byte[] png, string alt, uint id)
    {
        var part = doc.Main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) part.FeedData(stream);
        var relationship = doc.Main.GetIdOfPart(part);
        var inline = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 5_000_000, Cy = 3_333_333 },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = id, Name = $"图片 {id}", Description = alt },
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                    new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = id, Name = $"image{id}.png" },
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
                    new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(new DocumentFormat.OpenXml.Drawing.Blip { Embed = relationship }),
                    new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties()))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        return new Run(new Drawing(inline));
    }
}
