using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Typesetting.Tests.Pdf;

/// <summary>
/// Page content read back through qpdf (decompressed, --qdf): marked content and text objects nest properly
/// (ISO 32000-1 §14.6), nothing is painted outside marked content or an artifact, and running heads and folios are
/// typed pagination artifacts. The operators are read by a small tokenizer of the test's own.
/// </summary>
public sealed partial class MarkedContentTests(RenderedReport report) : IClassFixture<RenderedReport>
{
    private static readonly HashSet<string> Painting = ["Tj", "TJ", "'", "\"", "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh"];

    public static TheoryData<string> Editions => ["screen", "print"];

    private string PathOf(string edition) => edition == "screen" ? report.ScreenPath : report.PrintPath;

    [Theory]
    [MemberData(nameof(Editions))]
    public void Text_objects_and_marked_content_nest_and_everything_painted_is_tagged_or_an_artifact(string edition)
    {
        var pages = Pages(PathOf(edition));
        Assert.NotEmpty(pages);
        foreach (var (number, ops) in pages)
        {
            var depth = 0;
            var textDepth = -1; // marked-content depth when the open text object began
            foreach (var op in ops)
            {
                switch (op)
                {
                    case "BDC" or "BMC": depth++; break;
                    case "EMC":
                        depth--;
                        Assert.True(depth >= 0, $"page {number}: EMC without BDC");
                        Assert.True(textDepth < 0 || depth >= textDepth, $"page {number}: marked content closed inside a text object it began outside");
                        break;
                    case "BT": Assert.True(textDepth < 0, $"page {number}: nested BT"); textDepth = depth; break;
                    case "ET":
                        Assert.True(textDepth == depth, $"page {number}: text object ends at marked-content depth {depth}, began at {textDepth}");
                        textDepth = -1;
                        break;
                    default:
                        if (Painting.Contains(op)) Assert.True(depth > 0, $"page {number}: '{op}' painted outside marked content and artifacts");
                        break;
                }
            }
            Assert.Equal(0, depth);
        }
    }

    [Fact]
    public void Running_heads_and_folios_are_pagination_artifacts_and_crop_marks_page_artifacts()
    {
        var screen = Raw(report.ScreenPath);
        Assert.Contains("/Artifact <</Type/Pagination/Subtype/Header>>", screen);
        Assert.Contains("/Artifact <</Type/Pagination/Subtype/Footer>>", screen);
        Assert.DoesNotContain("/Artifact BMC", screen);
        var print = Raw(report.PrintPath);
        Assert.Contains("/Artifact <</Type/Page>>", print);
        // Every page but the cover has a folio.
        var pages = Pages(report.ScreenPath).Count;
        Assert.Equal(pages - 1, Regex.Matches(screen, "/Subtype/Footer").Count);
    }

    private static string Raw(string pdf)
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-qdf-");
        try
        {
            var qdf = Path.Combine(folder.FullName, "qdf.pdf");
            var (exit, _, err) = PdfTool.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
            Assert.True(exit is 0 or 3, err);
            return Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Each page's content operators, from qpdf's "%% Contents for page N" objects.</summary>
    private static List<(int Page, List<string> Ops)> Pages(string pdf)
    {
        var raw = Raw(pdf);
        var pages = new List<(int, List<string>)>();
        foreach (Match m in ContentObject().Matches(raw))
            pages.Add((int.Parse(m.Groups[1].Value), Operators(m.Groups[2].Value)));
        return pages;
    }

    private static List<string> Operators(string content)
    {
        // Strings and dictionaries hold no operators; names and numbers are operands.
        var stripped = Operands().Replace(content, " ");
        return stripped.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.StartsWith('/') && !NumberToken().IsMatch(t) && t is not ("[" or "]" or "true" or "false" or "null"))
            .ToList();
    }

    [GeneratedRegex(@"%% Contents for page (\d+)\n%%[^\n]*\n\d+ 0 obj\n<<.*?>>\nstream\n(.*?)endstream", RegexOptions.Singleline)]
    private static partial Regex ContentObject();

    [GeneratedRegex(@"<<.*?>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]", RegexOptions.Singleline)]
    private static partial Regex Operands();

    [GeneratedRegex(@"^[-+]?(\d+\.?\d*|\.\d+)$")]
    private static partial Regex NumberToken();
}
