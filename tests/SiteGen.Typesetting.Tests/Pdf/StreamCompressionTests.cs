using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Typesetting.Model;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>PDFsharp writes plain streams; we deflate them. Every stream but the XMP packet must come out Flate-compressed and whole.</summary>
public sealed class StreamCompressionTests
{
    [Fact]
    public void Every_stream_but_the_metadata_is_deflated_completely()
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "h", [new TextRun("压缩测试")], "t.md:1"),
            new ParagraphBlock([new TextRun("字体程序压缩一次。Latin text too."), new TextRun("加粗", Bold: true)], "t.md:2", "p1"),
        };
        var info = new DocumentInfo("压缩", "作者", "机构", "说明", ["测试"], "zh-CN", new DateOnly(2021, 3, 1), "compression");
        var result = Typesetter.Render(new TypesetDocument(info, blocks), RenderedReport.Screen);
        Assert.Empty(result.Diagnostics);
        var text = Encoding.Latin1.GetString(result.Pdf);
        var streams = Regex.Matches(text, @"\n\d+ 0 obj\n(<<.*?>>)\nstream\n", RegexOptions.Singleline);
        Assert.NotEmpty(streams);
        var fonts = 0;
        foreach (Match m in streams)
        {
            var dict = m.Groups[1].Value;
            if (dict.Contains("/Type/Metadata", StringComparison.Ordinal)) continue;
            Assert.Contains("/Filter/FlateDecode", dict);
            var length = int.Parse(Regex.Match(dict, @"/Length (\d+)").Groups[1].Value);
            var data = result.Pdf.AsSpan(m.Index + m.Length, length).ToArray();
            using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            z.CopyTo(plain); // throws on a truncated stream
            Assert.DoesNotContain("/Subtype/OpenType", dict);
            if (dict.Contains("/Subtype/CIDFontType0C", StringComparison.Ordinal))
            {
                fonts++;
                Assert.Equal(1, plain.ToArray()[0]); // a bare CFF table: major version 1, not an 'OTTO' wrapper
            }
        }
        Assert.True(fonts > 0, "no embedded CFF font program found");
    }
}
