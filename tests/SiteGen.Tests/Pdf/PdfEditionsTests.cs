using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Ingest;
using SiteGen.Pdf;
using SiteGen.Site;
using SiteGen.Tests.Support;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Pdf;

public sealed class PdfEditionsTests
{
    private static List<PdfEdition> Editions()
    {
        var bag = new DiagnosticBag();
        var editions = EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag);
        Assert.Empty(bag.Sorted());
        return editions;
    }

    [Fact]
    public void Edition_files_describe_screen_print_and_large_print()
    {
        var e = Editions().ToDictionary(x => x.Name);
        Assert.Equal(["screen", "print", "large-print"], e.Keys);
        Assert.Equal((185, 260, 3.0), (e["print"].Settings.PageWidthMm, e["print"].Settings.PageHeightMm, e["print"].Settings.BleedMm));
        Assert.True(e["print"].Settings.Mirrored && e["print"].Settings.CropMarks);
        Assert.Equal(T.SectionStart.RightPage, e["print"].Settings.Level1Start);
        Assert.Equal(T.SectionStart.Continue, e["screen"].Settings.Level1Start);
        Assert.Equal(T.SectionStart.Continue, e["large-print"].Settings.Level1Start);
        Assert.True(e["print"].Settings.MarginInnerMm > e["print"].Settings.MarginOuterMm);
        Assert.True(e["large-print"].Settings.BodySize >= 18);
        Assert.Equal("cppcc-report-2021-print.pdf", e["print"].FileName("cppcc-report-2021"));
    }

    [Fact]
    public void Every_edition_prints_page_references_in_the_reports_language()
    {
        foreach (var edition in Editions())
        {
            Assert.Equal("（第{page}页）", edition.PageReferenceFor("zh-CN"));
            Assert.Equal(" (p. {page})", edition.PageReferenceFor("en"));
        }
        var bag = new DiagnosticBag();
        var off = EditionSettingsLoader.Parse(File.ReadAllText(Path.Combine(Reports.RepoRoot, "templates", "editions", "screen.yml")).Split("page-references:")[0], "x.yml", bag);
        Assert.Null(off!.PageReferenceFor("zh-CN"));
        Assert.Null(EditionSettingsLoader.Parse("name: x\npage-references:\n  zh: 第几页\n", "templates/editions/x.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Message.Contains("{page}"));
    }

    [Fact]
    public void Bad_edition_file_is_a_diagnostic_with_its_place()
    {
        var bag = new DiagnosticBag();
        Assert.Null(EditionSettingsLoader.Parse("name: x\nheading-sizes: [1, 2]\n", "templates/editions/x.yml", bag));
        Assert.Contains(bag.Sorted(), d => d.Message.Contains("heading-sizes") && d.Location.File == "templates/editions/x.yml");
    }

    [Fact]
    public void Report_maps_to_a_document_whose_top_headings_are_level_one_and_keep_their_ids()
    {
        var report = Reports.Body("正文。[^1]\n\n## 第一部分\n\n段落**加粗**与*强调*,见[下文](#第二部分)。\n\n## 第二部分\n\n### 小节\n\n[^1]: 注释。\n");
        var doc = new ReportDocumentMapper(report, Editions()[0], Path.GetTempPath()).Map();
        var headings = doc.Blocks.OfType<T.HeadingBlock>().ToList();
        Assert.Equal([1, 1, 2], headings.Select(h => h.Level));
        Assert.Equal([2, 2, 3], headings.Select(h => h.TagLevel));
        Assert.Equal(report.Headings.Select(h => h.Id), headings.Select(h => h.AnchorId));
        Assert.IsType<T.CoverBlock>(doc.Blocks[0]);
        var runs = doc.Blocks.OfType<T.ParagraphBlock>().SelectMany(p => p.Runs).ToList();
        Assert.Contains(runs, r => r is T.TextRun { Bold: true, Text: "加粗" });
        Assert.Contains(runs, r => r is T.TextRun { Emphasis: true, Text: "强调" });
        Assert.Contains(runs, r => r is T.LinkRun { Anchor: not null });
        Assert.Contains(runs, r => r is T.FootnoteRun { Label: "1" } f && f.Content.OfType<T.TextRun>().Any(t => t.Text.Contains("注释")));
    }

    [Fact]
    public void The_2021_report_sets_in_all_three_editions()
    {
        var input = Path.Combine(Reports.RepoRoot, "input");
        var file = Path.Combine(input, "cppcc-report-2021", "report.md");
        var bag = new DiagnosticBag();
        var report = ReportParser.Parse("cppcc-report-2021/report.md", File.ReadAllText(file), input, SiteSettings.Default, bag);
        Assert.NotNull(report);
        var clock = Stopwatch.StartNew();
        var results = Editions().Select(e => (e, PdfEditions.Render(report, e, input, bag))).ToList();
        clock.Stop();
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        var dir = Directory.CreateTempSubdirectory("sitegen-pdf-editions-").FullName; // kept for a look after a run
        foreach (var (edition, result) in results)
        {
            Assert.True(result.Pdf.Length > 10_000, edition.Name);
            Assert.All(report.Headings, h => Assert.True(result.AnchorPages.ContainsKey(h.Id), h.Id));
            File.WriteAllBytes(Path.Combine(dir, edition.FileName(report.Slug)), result.Pdf);
        }
        Console.WriteLine($"three editions in {clock.ElapsedMilliseconds} ms");
        Assert.True(results[2].Item2.PageCount > results[0].Item2.PageCount, "large print needs more pages");
    }

    [Fact]
    public void Figure_images_from_the_input_folder_render_in_every_edition_with_alt_text()
    {
        var input = Path.Combine(Directory.CreateTempSubdirectory("sitegen-pdf-figures-").FullName, "input");
        Directory.CreateDirectory(Path.Combine(input, "r"));
        File.WriteAllBytes(Path.Combine(input, "r", "opaque.png"), Png(alpha: false));
        File.WriteAllBytes(Path.Combine(input, "r", "alpha.png"), Png(alpha: true));
        var markdown = Reports.FrontMatter + "正文。\n\n^^^\n![会场全景](opaque.png)\n^^^ 图一 会场\n\n^^^\n![透明图标](alpha.png)\n^^^ 图二 图标\n";
        var bag = new DiagnosticBag();
        var report = ReportParser.Parse("r/report.md", markdown, input, SiteSettings.Default, bag);
        Assert.NotNull(report);
        Assert.All(report.Blocks.OfType<SiteGen.Model.FigureBlock>(), f => Assert.Equal("r/" + Path.GetFileName(f.Image!.Source), f.Image.InputPath));
        foreach (var edition in Editions())
        {
            var result = PdfEditions.Render(report, edition, input, bag);
            Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
            var raw = System.Text.Encoding.Latin1.GetString(result.Pdf);
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(raw, "/Subtype/Image"));
            var alts = System.Text.RegularExpressions.Regex.Matches(raw, "/S/Figure[^>]*?/Alt<([0-9A-F]+)>").Select(m => Convert.FromHexString(m.Groups[1].Value)).Select(b => System.Text.Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2)).ToList();
            Assert.Equal(["会场全景", "透明图标"], alts);
        }
    }

    private static byte[] Png(bool alpha)
    {
        const int size = 16;
        var channels = alpha ? 4 : 3;
        var rows = new byte[size * (1 + size * channels)];
        for (var i = 0; i < rows.Length; i++) rows[i] = i % (1 + size * channels) == 0 ? (byte)0 : (byte)(i * 7);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header, size);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        header[9] = (byte)(alpha ? 6 : 2);
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new System.IO.Compression.ZLibStream(data, System.IO.Compression.CompressionLevel.Optimal, true)) z.Write(rows);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        s.Write(buffer);
        s.Write(body);
        var crc = 0xFFFFFFFFu;
        foreach (var b in body) { crc ^= b; for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1; }
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer, ~crc);
        s.Write(buffer);
    }

    [Fact]
    public void A_character_no_font_has_is_one_diagnostic_naming_every_edition_that_met_it()
    {
        var report = Reports.Body("## 一\n\n常委会\U00020000字。\n");
        var bag = new DiagnosticBag();
        foreach (var edition in Editions())
        {
            PdfEditions.Render(report, edition, Reports.RepoRoot, bag);
        }

        var glyph = Assert.Single(bag.Sorted(), d => d.Code == DiagnosticCodes.MissingGlyph);
        Assert.Equal("screen, print, large-print", glyph.Editions);
        Assert.EndsWith("(screen, print, large-print PDF)", glyph.ToString());
        Assert.Contains("U+20000", glyph.Message);
    }
}
