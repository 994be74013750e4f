using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

public sealed class PdfToolsTests
{
    [ToolFact(Tool.Poppler)]
    public void Reads_text_info_fonts_structure_destinations_and_boxes()
    {
        using var dir = new TempDir();
        var pdf = dir.Combine("tiny.pdf");
        File.WriteAllBytes(pdf, Samples.TinyTaggedPdf());

        var info = PdfTools.Info(pdf);
        Assert.Equal(1, info.Pages);
        Assert.Equal("Tiny SiteGen PDF", info.Title);
        Assert.True(info.Tagged);
        Assert.False(info.Encrypted);
        Assert.Equal("1.7", info.PdfVersion);

        Assert.Contains("Hello SiteGen", PdfTools.Text(pdf));
        Assert.Contains("Hello SiteGen", PdfTools.Text(pdf, layout: false));
        Assert.Single(PdfTools.PageTexts(pdf));

        var font = Assert.Single(PdfTools.Fonts(pdf));
        Assert.Equal("Helvetica", font.Name);
        Assert.Equal("Type 1", font.Type);
        Assert.False(font.Embedded);

        var structure = PdfTools.StructText(pdf);
        // pdfinfo prints "P (block)" and, indented below it, the element's text in quotes.
        Assert.Matches(@"(?m)^P \(block\)\s*\n\s+""Hello SiteGen""", structure);

        var dest = Assert.Single(PdfTools.Destinations(pdf));
        Assert.Equal(("intro", 1), (dest.Name, dest.Page));
        Assert.StartsWith("XYZ", dest.Target);

        var boxes = Assert.Single(PdfTools.Boxes(pdf));
        Assert.Equal((200.0, 100.0), (boxes.MediaBox.Width, boxes.MediaBox.Height));
        Assert.Equal((200.0, 100.0), (boxes.Width, boxes.Height));
        Assert.Equal(0, boxes.Rotation);
    }

    [ToolFact(Tool.Poppler)]
    public void Renders_pages_to_png()
    {
        using var dir = new TempDir();
        var pdf = dir.Combine("tiny.pdf");
        File.WriteAllBytes(pdf, Samples.TinyTaggedPdf());

        var pngs = PdfTools.RenderPng(pdf, dir.Combine("png"), dpi: 144);

        var png = Assert.Single(pngs);
        Assert.Equal((400, 200), Samples.PngSize(File.ReadAllBytes(png)));
    }

    [ToolFact(Tool.Qpdf)]
    public void Qpdf_accepts_a_sound_pdf_and_flags_a_damaged_one()
    {
        using var dir = new TempDir();
        var good = dir.Combine("good.pdf");
        var bad = dir.Combine("bad.pdf");
        File.WriteAllBytes(good, Samples.TinyTaggedPdf());
        File.WriteAllBytes(bad, Samples.BrokenPdf());

        var ok = PdfTools.QpdfCheck(good);
        var damaged = PdfTools.QpdfCheck(bad);

        Assert.True(ok.Ok, ok.Output);
        Assert.False(damaged.Ok, damaged.Output);
        Assert.True(damaged.HasWarnings || damaged.HasErrors, $"exit {damaged.ExitCode}");
    }
}
