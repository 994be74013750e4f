using SiteGen.Typesetting.Tests.Fixtures;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>End to end: the real checkers (poppler-utils, qpdf) on the seed report's screen and print PDFs.</summary>
public sealed class PdfOutputTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    [Fact]
    public void Seed_report_sets_without_diagnostics()
    {
        Assert.Empty(report.ScreenResult.Diagnostics);
        Assert.Empty(report.PrintResult.Diagnostics);
    }

    [Fact]
    public void Text_extracts_as_the_report_text_in_reading_order()
    {
        var (_, text, _) = PdfTool.Run("pdftotext", report.ScreenPath, "-");
        var flat = text.Replace("\n", "").Replace(" ", "");
        foreach (var paragraph in SeedReport.Paragraphs().Skip(5).Take(3))
        {
            var expected = paragraph.Replace(" ", ""); // set as given: the engine converts no punctuation
            Assert.Contains(expected[..30], flat);
        }
    }

    [Fact]
    public void Only_embedded_subset_fonts_and_no_type3()
    {
        var (_, fonts, err) = PdfTool.Run("pdffonts", report.ScreenPath);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Matches("^[A-Z]{6}\\+", r);
            Assert.DoesNotContain("Type 3", r);
            // Bare CFF (FontFile3/CIDFontType0C), not the OpenType wrapper: pdffonts says "(OT)" for the latter.
            Assert.Matches("CID Type 0C\\s+Identity-H", r);
            Assert.Matches("yes\\s+yes\\s+yes", r);
        });
        Assert.DoesNotContain("Mismatch", err);
    }

    [Fact]
    public void Tagged_with_language_title_and_structure()
    {
        var (_, info, _) = PdfTool.Run("pdfinfo", report.ScreenPath);
        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Title:           亳州政协 2021 年度报告", info);
        var (_, structure, _) = PdfTool.Run("pdfinfo", "-struct-text", report.ScreenPath);
        foreach (var tag in new[] { "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Note", "Link", "TOC", "TOCI", "BlockQuote" })
            Assert.Matches($"(?m)^\\s*{tag}\\b", structure);
        var raw = System.Text.Encoding.Latin1.GetString(report.ScreenResult.Pdf);
        Assert.Contains("/Lang(zh-CN)", raw.Replace(" ", ""));
        Assert.Contains("/DisplayDocTitle true", raw);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw);
        Assert.Contains("/GTS_PDFA1", raw);
    }

    [Fact]
    public void Xmp_names_language_publisher_keywords_and_date()
    {
        var (_, meta, _) = PdfTool.Run("pdfinfo", "-meta", report.ScreenPath);
        var flat = System.Text.RegularExpressions.Regex.Replace(meta, "\\s+", "");
        Assert.Contains("<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>", flat);
        Assert.Contains("<dc:publisher><rdf:Bag><rdf:li>亳州市政协</rdf:li></rdf:Bag></dc:publisher>", flat);
        Assert.Contains("<dc:subject><rdf:Bag><rdf:li>政协</rdf:li><rdf:li>年度报告</rdf:li></rdf:Bag></dc:subject>", flat);
        Assert.Contains("<dc:date><rdf:Seq><rdf:li>2021-03-01</rdf:li></rdf:Seq></dc:date>", flat);
        Assert.Contains("<pdf:Keywords>政协,年度报告</pdf:Keywords>", flat);
        Assert.Contains("<dc:contributor><rdf:Bag><rdf:li>任雷</rdf:li></rdf:Bag></dc:contributor>", flat);
        Assert.Contains("<dc:rights><rdf:Alt><rdf:lixml:lang=\"x-default\">©2021亳州市政协</rdf:li></rdf:Alt></dc:rights>", flat);
        Assert.Contains("<xmpRights:WebStatement>https://creativecommons.org/licenses/by/4.0/</xmpRights:WebStatement>", flat);
        System.Xml.Linq.XDocument.Parse(meta.Trim()); // still well-formed XML
    }

    [Fact]
    public void Mod_date_follows_the_latest_revision_and_creation_date_the_report()
    {
        var (_, info, _) = PdfTool.Run("pdfinfo", "-isodates", report.ScreenPath);
        Assert.Matches(@"CreationDate:\s+2021-03-01T00:00:00", info);
        Assert.Matches(@"ModDate:\s+2021-04-02T00:00:00", info);
        var (_, meta, _) = PdfTool.Run("pdfinfo", "-meta", report.ScreenPath);
        Assert.Contains("<xmp:ModifyDate>2021-04-02T00:00:00", meta);
    }

    [Fact]
    public void Link_annotations_are_printable_and_describe_their_target()
    {
        var json = PdfJson.Objects(report.ScreenPath);
        var links = PdfJson.Dictionaries(json).Where(d => d.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l =>
        {
            Assert.Equal(4, l.GetProperty("/F").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("/Contents").GetString()));
        });
    }

    [Fact]
    public void Machine_checkable_PDF_A_2u_requirements_hold_in_both_editions()
    {
        Assert.Empty(PdfAChecks.Run(report.ScreenPath));
        Assert.Empty(PdfAChecks.Run(report.PrintPath));
    }

    [Fact]
    public void Cover_shows_the_byline()
    {
        var (_, cover, _) = PdfTool.Run("pdftotext", "-f", "1", "-l", "1", report.ScreenPath, "-");
        Assert.Contains("记者 任雷", cover);
    }

    [Fact]
    public void Print_edition_has_trim_and_bleed_boxes_outside_each_other()
    {
        var (_, info, _) = PdfTool.Run("pdfinfo", "-box", report.PrintPath);
        var trim = Box(info, "TrimBox");
        var bleed = Box(info, "BleedBox");
        var mm = 72 / 25.4;
        Assert.Equal(185 * mm, trim[2] - trim[0], 1);
        Assert.Equal(260 * mm, trim[3] - trim[1], 1);
        Assert.Equal(3 * mm, trim[0] - bleed[0], 1);
        Assert.True(bleed[0] > 0, "crop marks need room outside the bleed");
    }

    [Fact]
    public void Every_heading_is_a_named_destination()
    {
        var (_, dests, _) = PdfTool.Run("pdfinfo", "-dests", report.ScreenPath);
        foreach (var id in SeedReport.Document().Blocks.OfType<Model.HeadingBlock>().Select(h => h.AnchorId))
            Assert.Contains($"\"{id}\"", dests);
        Assert.Contains("\"p3\"", dests);
    }

    [Fact]
    public void Qpdf_check_passes_without_warnings()
    {
        foreach (var path in new[] { report.ScreenPath, report.PrintPath })
        {
            var (exit, output, err) = PdfTool.Run("qpdf", "--check", path);
            Assert.True(exit == 0, $"qpdf --check exited {exit} on {path}:\n{output}{err}");
            Assert.DoesNotContain("WARNING", output + err, StringComparison.Ordinal);
            Assert.DoesNotContain("ERROR", output + err, StringComparison.Ordinal);
            Assert.Contains("No syntax or stream encoding errors found", output);
        }
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var again = Typesetter.Render(SeedReport.Document(), RenderedReport.Screen);
        Assert.Equal(report.ScreenResult.Pdf, again.Pdf);
    }

    [Fact]
    public void Fonts_embed_only_the_drawn_glyphs()
    {
        // With every glyph slot kept (--retain-gids) and GSUB alternates pulled in, this edition was about 1 MB, 94 % fonts.
        Assert.InRange(report.ScreenResult.Pdf.Length, 1, 300 * 1024);
        var raw = System.Text.Encoding.Latin1.GetString(report.ScreenResult.Pdf);
        Assert.DoesNotContain("/Subtype/OpenType", raw);
        Assert.DoesNotContain("/CIDToGIDMap", raw);
        Assert.Contains("/Subtype/CIDFontType0C", raw);
    }

    private static double[] Box(string info, string name) =>
        info.Split('\n').First(l => l.StartsWith(name)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
