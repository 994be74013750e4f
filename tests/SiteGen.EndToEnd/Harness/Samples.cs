using System.IO.Compression;
using System.Text;

namespace SiteGen.EndToEnd.Harness;

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Hand-made inputs that let each checker prove it can pass and fail.</summary>
public static class Samples
{
    /// <summary>
    /// A one-page tagged PDF written byte by byte: Helvetica text "Hello SiteGen" inside a /P
    /// structure element, a named destination "intro", Title "Tiny SiteGen PDF", 200x100 pt MediaBox.
    /// </summary>
    public static byte[] TinyTaggedPdf()
    {
        const string content = "/P <</MCID 0>> BDC BT /F1 12 Tf 20 50 Td (Hello SiteGen) Tj ET EMC";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /StructTreeRoot 6 0 R /Lang (en) /Dests 8 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /StructParents 0 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /StructTreeRoot /K 7 0 R /ParentTree 9 0 R >>",
            "<< /Type /StructElem /S /P /P 6 0 R /Pg 3 0 R /K 0 >>",
            "<< /intro [3 0 R /XYZ 0 100 null] >>",
            "<< /Nums [0 [7 0 R]] >>",
            "<< /Title (Tiny SiteGen PDF) /Producer (SiteGen harness test) >>",
        ];
        var sb = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Latin1Length(sb));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Latin1Length(sb);
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 10 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static int Latin1Length(StringBuilder sb) => Encoding.Latin1.GetByteCount(sb.ToString());

    /// <summary>The tiny PDF with its cross-reference table damaged (offsets shifted): qpdf must complain.</summary>
    public static byte[] BrokenPdf()
    {
        var text = Encoding.Latin1.GetString(TinyTaggedPdf());
        var xrefAt = text.IndexOf("xref\n", StringComparison.Ordinal);
        var broken = text[..xrefAt] + text[xrefAt..].Replace("0000000", "0000009");
        return Encoding.Latin1.GetBytes(broken);
    }

    public const string ValidHtml = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>年度报告</title></head>
        <body><main><h1>年度报告</h1><p>你好，世界。本报告以简体中文撰写，用于检验字体与排版。</p></main></body>
        </html>
        """;

    public const string InvalidHtml = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title></title></head>
        <body><p><div>未闭合</p><img src="a.png"></body>
        </html>
        """;

    /// <summary>An EPUB 3 with mimetype stored first, container, package, nav and one chapter.</summary>
    public static void WriteMinimalEpub(string path, bool broken = false)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        // The mimetype entry must come first and be stored, not deflated (OCF spec).
        var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
        using (var s = mimetype.Open()) s.Write(Encoding.ASCII.GetBytes("application/epub+zip"));

        Add(zip, "META-INF/container.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>
            """);
        var title = broken ? "" : "<dc:title>测试报告</dc:title>";
        var extraItem = broken ? """<item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>""" : "";
        var extraRef = broken ? """<itemref idref="c2"/>""" : "";
        Add(zip, "EPUB/package.opf", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-CN">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="uid">urn:uuid:0f5d3c1e-8a7b-4c2d-9e10-123456789abc</dc:identifier>
                {title}
                <dc:language>zh-CN</dc:language>
                <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
                {extraItem}
              </manifest>
              <spine><itemref idref="c1"/>{extraRef}</spine>
            </package>
            """);
        Add(zip, "EPUB/nav.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="zh-CN" lang="zh-CN">
            <head><title>目录</title></head>
            <body><nav epub:type="toc" id="toc"><h1>目录</h1><ol><li><a href="c1.xhtml">第一章</a></li></ol></nav></body>
            </html>
            """);
        Add(zip, "EPUB/c1.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
            <head><title>第一章</title></head>
            <body><section><h1>第一章</h1><p>你好。</p></section></body>
            </html>
            """);
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var s = entry.Open();
        s.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
        return (BigEndian(png, 16), BigEndian(png, 20));
    }
}
