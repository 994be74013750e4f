using System.IO.Compression;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Attachments;

/// <summary>附件: a local file a report links is found at ingestion, published beside the page, listed with its type and size, and carried by the bag.</summary>
public sealed class AttachmentTests : IDisposable
{
    private const string Head = "---\ntitle: 附件测试\ndate: 2023-03-01\nslug: att-2023\n---\n\n";
    private readonly TempInput _input = new();

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% attachment\n%%EOF\n");

    public void Dispose() => _input.Dispose();

    private BuildOptions Fast => _input.Options with { BuildPdf = false, BuildEpub = false, UseCache = false };

    private IReadOnlyList<Diagnostic> Errors(string body)
    {
        _input.Write("r/report.md", Head + body);
        return SiteBuilder.Check(Fast).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
    }

    [Fact]
    public void A_linked_file_is_published_beside_the_page_listed_with_type_and_size_and_carried_by_the_bag()
    {
        _input.WriteBytes("r/附件/附件1 统计表.pdf", Pdf);
        _input.WriteBytes("r/data.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"));
        _input.Write("r/report.md", Head + "见[附件1：统计表](附件/附件1%20统计表.pdf)和[数据](data.csv)，再见[统计表](<附件/附件1 统计表.pdf#page=2>)。\n");
        var result = SiteBuilder.Build(Fast);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var report = Assert.Single(result.State.Reports);
        Assert.Equal(["r/附件/附件1 统计表.pdf", "r/data.csv"], report.Attachments.Select(a => a.InputPath));
        var first = report.Attachments[0];
        Assert.Equal(("附件/附件1 统计表.pdf", Pdf.LongLength, "application/pdf", "附件1：统计表"), (first.SitePath, first.Size, first.Type.MediaType, first.Title));

        var published = Path.Combine(_input.Output, "att-2023", "附件", "附件1 统计表.pdf");
        Assert.Equal(Pdf, File.ReadAllBytes(published));
        var page = File.ReadAllText(Path.Combine(_input.Output, "att-2023", "index.html"));
        var escaped = "%E9%99%84%E4%BB%B6/%E9%99%84%E4%BB%B61%20%E7%BB%9F%E8%AE%A1%E8%A1%A8.pdf";
        Assert.Contains($"<a href=\"{escaped}\">附件1：统计表</a>", page);
        Assert.Contains($"<a href=\"{escaped}#page=2\">统计表</a>", page);
        Assert.Contains("<h2 id=\"attachments-title\">附件</h2>", page);
        Assert.Contains($"<a href=\"{escaped}\" type=\"application/pdf\">附件1：统计表</a> <span class=\"format-meta\">PDF，{Pdf.Length} 字节</span>", page);
        Assert.Contains("<a href=\"data.csv\" type=\"text/csv\">数据</a>", page);

        using var bag = ZipFile.OpenRead(Path.Combine(_input.Output, result.State.FormatsOf("att-2023").Single(f => f.Kind == "bundle").Path));
        var names = bag.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("att-2023/data/site/att-2023/附件/附件1 统计表.pdf", names);
        Assert.Contains("att-2023/data/source/r/附件/附件1 统计表.pdf", names);
        Assert.Contains("att-2023/data/source/r/data.csv", names);
        var manifest = new StreamReader(bag.GetEntry("att-2023/manifest-sha256.txt")!.Open()).ReadToEnd();
        Assert.Contains($"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))}  data/site/att-2023/附件/附件1 统计表.pdf\n", manifest);
    }

    [Fact]
    public void The_epub_and_every_pdf_edition_link_the_attachment_by_its_published_url()
    {
        _input.Write("site.yml", "title: 测试\nbase_url: https://portal.example.cn/reports/\n");
        _input.WriteBytes("r/附件1.pdf", Pdf);
        _input.Write("r/report.md", Head + "见[附件1](附件1.pdf)。\n");
        var result = SiteBuilder.Build(_input.Options with { UseCache = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        const string url = "https://portal.example.cn/reports/att-2023/%E9%99%84%E4%BB%B61.pdf";
        var formats = result.State.FormatsOf("att-2023");
        var pdfs = formats.Where(f => f.MediaType == "application/pdf").ToList();
        Assert.Equal(3, pdfs.Count);
        Assert.All(pdfs, pdf => Assert.Contains($"/URI({url})", Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(_input.Output, pdf.Path)))));
        using var epub = ZipFile.OpenRead(Path.Combine(_input.Output, formats.Single(f => f.Kind == "epub").Path));
        var chapter = new StreamReader(epub.Entries.Single(e => e.FullName.EndsWith("chapter.xhtml", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains($"href=\"{url}\"", chapter);
    }

    [Fact]
    public void A_missing_attachment_is_an_error_at_the_link()
    {
        var error = Assert.Single(Errors("正文。\n\n详见[附件2](附件2.xlsx)。\n"));
        Assert.Equal(DiagnosticCodes.MissingAttachment, error.Code);
        Assert.Equal(("r/report.md", 9, 3), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("附件2.xlsx", error.Message);
    }

    [Fact]
    public void A_link_to_a_folder_is_a_missing_attachment()
    {
        Directory.CreateDirectory(Path.Combine(_input.Input, "r", "docs"));
        Assert.Equal(DiagnosticCodes.MissingAttachment, Assert.Single(Errors("见[文件夹](docs)。\n")).Code);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("drawing.svg")]
    [InlineData("setup.exe")]
    [InlineData("script.js")]
    public void A_kind_of_file_a_browser_or_machine_would_run_is_refused(string name)
    {
        _input.WriteBytes("r/" + name, [1, 2, 3]);
        Assert.Equal(DiagnosticCodes.AttachmentTypeRefused, Assert.Single(Errors($"见[文件]({name})。\n")).Code);
    }

    [Fact]
    public void An_attachment_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_input.Input, "r", "scan.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var file = File.Create(path))
        {
            file.SetLength(AttachmentTypes.MaxBytes + 1); // sparse: nothing is written
        }

        var error = Assert.Single(Errors("见[扫描件](scan.pdf)。\n"));
        Assert.Equal(DiagnosticCodes.AttachmentTooLarge, error.Code);
        Assert.Contains("100 MiB", error.Message);
    }

    [Fact]
    public void Hidden_and_outside_files_are_refused_like_images()
    {
        _input.WriteBytes("r/.private/a.pdf", Pdf);
        File.WriteAllBytes(Path.Combine(_input.Root, "outside.pdf"), Pdf);
        var errors = Errors("见[甲](.private/a.pdf)和[乙](../../outside.pdf)。\n");
        Assert.Equal([DiagnosticCodes.OutsideInput, DiagnosticCodes.OutsideInput], errors.Select(e => e.Code));
    }

    [Fact]
    public void A_symbolic_link_out_of_the_input_folder_is_refused()
    {
        File.WriteAllBytes(Path.Combine(_input.Root, "secret.pdf"), Pdf);
        Directory.CreateDirectory(Path.Combine(_input.Input, "r"));
        File.CreateSymbolicLink(Path.Combine(_input.Input, "r", "link.pdf"), Path.Combine(_input.Root, "secret.pdf"));
        Assert.Equal(DiagnosticCodes.OutsideInput, Assert.Single(Errors("见[甲](link.pdf)。\n")).Code);
    }

    [Theory]
    [InlineData("100%完成.pdf", "%")]
    [InlineData("a\tb.pdf", "control character")]
    [InlineData("报告.pdf ", "space")]
    public void A_name_bag_tools_read_differently_is_refused_at_ingestion(string name, string reason)
    {
        _input.WriteBytes("r/" + name, Pdf);
        var href = Uri.EscapeDataString(name);
        var error = Assert.Single(Errors($"见[文件]({href})。\n"));
        Assert.Equal(DiagnosticCodes.UnportableFileName, error.Code);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_decomposed_unicode_name_is_refused()
    {
        var nfd = "cafe\u0301.pdf";
        _input.WriteBytes("r/" + nfd, Pdf);
        var error = Assert.Single(Errors($"见[文件]({Uri.EscapeDataString(nfd)})。\n"));
        Assert.Equal(DiagnosticCodes.UnportableFileName, error.Code);
        Assert.Contains("NFD", error.Message);
    }

    [Fact]
    public void An_image_with_a_percent_in_its_name_is_refused_too()
    {
        _input.WriteBytes("r/50%.png", SampleReport.Png);
        var error = Assert.Single(Errors("![图](50%25.png)\n"));
        Assert.Equal(DiagnosticCodes.UnportableFileName, error.Code);
    }

    [Fact]
    public void An_attachment_cannot_take_the_name_of_a_generated_file()
    {
        _input.WriteBytes("r/att-2023.pdf", Pdf);
        var error = Assert.Single(Errors("见[原件](att-2023.pdf)。\n"));
        Assert.Equal(DiagnosticCodes.AttachmentNameTaken, error.Code);
    }

    [Fact]
    public void Links_to_markdown_and_web_pages_are_not_attachments()
    {
        _input.Write("r/report.md", Head + "见[网站](https://example.org/a.pdf)和[锚点](#x)。\n");
        var result = SiteBuilder.Check(Fast);
        Assert.Empty(Assert.Single(result.State.Reports).Attachments);
    }
}
