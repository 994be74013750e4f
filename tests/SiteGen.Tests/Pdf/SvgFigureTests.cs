using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Media.SvgPdf;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;
using SiteGen.Typesetting.Model;

namespace SiteGen.Tests.Pdf;

/// <summary>
/// An SVG figure reaches the PDF editions as vector graphics (with its text as text and its alt on the Figure), or the
/// build stops at the SVG line that uses what a PDF figure cannot draw.
/// </summary>
public sealed class SvgFigureTests
{
    /// <summary>A small bar chart: rect bars, a rounded legend box, a circle, an arc path, a transformed group and rotated text.</summary>
    public const string Chart = """
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 800 400">
          <title>提案数量</title>
          <rect x="0" y="0" width="800" height="400" fill="#ffffff"/>
          <g transform="translate(100 350)">
            <rect x="0" y="-300" width="120" height="300" fill="#d62728"/>
            <rect x="200" y="-150" width="120" height="150" style="fill: rgb(31, 119, 180); stroke: black; stroke-width: 4"/>
          </g>
          <rect x="600" y="40" width="160" height="60" rx="10" fill="none" stroke="gray"/>
          <circle cx="640" cy="200" r="30" fill="green" fill-opacity="0.5"/>
          <path d="M600 300 a50 50 0 1 0 100 0 z" fill="orange"/>
          <text x="160" y="390" font-size="28" text-anchor="middle">2020年</text>
          <text x="360" y="390" font-size="28" text-anchor="middle">2021年 <tspan font-weight="bold">增长</tspan></text>
          <text transform="rotate(-90 40 200)" x="40" y="200" font-size="24">件数 Count</text>
        </svg>
        """;

    private const string Report = "---\ntitle: 图表报告\ndate: 2021-02-22\n---\n\n正文。\n\n^^^\n![各年提案数量柱状图](chart.svg)\n^^^ 图一 提案数量\n";

    [Fact]
    public void The_reader_turns_shapes_text_and_transforms_into_a_drawing_in_its_own_size()
    {
        var result = SvgDrawingReader.Read(System.Text.Encoding.UTF8.GetBytes(Chart));
        Assert.Empty(result.Problems);
        var drawing = result.Drawing!;
        Assert.Equal((400.0, 200.0), (drawing.Width, drawing.Height));
        var paths = drawing.Items.OfType<VectorPath>().ToList();
        Assert.Equal(6, paths.Count);
        // The red bar: viewBox halves everything, the group moves it by (100, 350).
        var red = paths.Single(p => p.Fill is { R: 0xD6 });
        var xs = red.Segments.Where(s => s.Kind != SegmentKind.Close).Select(s => s.X3).ToList();
        var ys = red.Segments.Where(s => s.Kind != SegmentKind.Close).Select(s => s.Y3).ToList();
        Assert.Equal((50.0, 110.0, 25.0, 175.0), (xs.Min(), xs.Max(), ys.Min(), ys.Max()));
        Assert.Equal(2.0, paths.Single(p => p.Fill is { B: 180 }).StrokeWidth, 6);
        Assert.Equal(0.5, paths.Single(p => p.Fill is { G: 0x80, R: 0 }).Fill!.Value.Alpha, 6);
        Assert.Contains(paths, p => p.Segments.Count(s => s.Kind == SegmentKind.Cubic) >= 2 && p.Fill is { R: 0xFF, G: 0xA5 });
        var texts = drawing.Items.OfType<VectorText>().ToList();
        Assert.Equal(["2020年", "2021年 增长", "件数 Count"], texts.Select(t => t.Text));
        Assert.Equal([false, true], texts[1].Spans.Select(s => s.Bold)); // the tspan continues the line in bold
        Assert.Equal(TextAnchor.Middle, texts[0].Anchor);
        Assert.Equal(14.0, texts[0].Spans[0].Size, 6);
        Assert.Equal(-90.0, texts[2].Rotation, 6);
        Assert.Equal((20.0, 100.0), (Math.Round(texts[2].X, 6), Math.Round(texts[2].Y, 6)));
    }

    [Theory]
    [InlineData("<linearGradient id=\"g\"/><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>", "gradient")]
    [InlineData("<style>.a { fill: red }</style><rect class=\"a\" width=\"10\" height=\"10\"/>", "<style>")]
    [InlineData("<clipPath id=\"c\"><rect width=\"5\" height=\"5\"/></clipPath><rect width=\"10\" height=\"10\" clip-path=\"url(#c)\"/>", "clip-path")]
    [InlineData("<use href=\"#x\"/>", "<use>")]
    [InlineData("<path d=\"M 0 0 L 10\"/>", "malformed")]
    public void What_a_pdf_figure_cannot_draw_is_a_problem_at_its_line(string body, string expected)
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n" + body + "\n</svg>";
        var result = SvgDrawingReader.Read(System.Text.Encoding.UTF8.GetBytes(svg));
        Assert.Null(result.Drawing);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void An_svg_figure_with_a_gradient_stops_the_pdf_build_at_the_svg_line_and_builds_without_pdf()
    {
        using var input = new TempInput();
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">\n<defs><linearGradient id=\"g\"/></defs>\n<rect width=\"100\" height=\"50\" fill=\"url(#g)\"/>\n</svg>";
        input.Write("r/report.md", Report).Write("r/chart.svg", svg);
        var check = input.Check();
        var error = Assert.Single(check.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        Assert.Equal((DiagnosticCodes.ImageTypeNotInPdf, "r/chart.svg", 3), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains("gradient", error.Message);
        Assert.True(SiteBuilder.Check(input.Options with { BuildPdf = false }).Succeeded);
    }

    [Fact]
    public void An_svg_figure_is_drawn_in_every_pdf_edition_with_its_text_its_alt_and_its_caption()
    {
        using var input = new TempInput();
        input.Write("r/report.md", Report).Write("r/chart.svg", Chart);
        var build = SiteBuilder.Build(input.Options with { UseCache = false, BuildEpub = false });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == DiagnosticCodes.ImageTypeNotInPdf);
        var pdfs = Directory.GetFiles(input.Output, "*.pdf", SearchOption.AllDirectories);
        Assert.Equal(3, pdfs.Length);
        foreach (var pdf in pdfs)
        {
            var text = Run("pdftotext", pdf, "-").Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("2020年", text);
            Assert.Contains("2021年增长", text);
            Assert.Contains("件数Count", text);
            var structure = Run("pdfinfo", "-struct-text", pdf);
            Assert.Matches("(?s)Div\\s*\\n\\s*Figure.*Caption[^\\n]*\\n\\s*\"图一\\s*提案数量\"", structure);
            var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            Assert.Matches("/S\\s*/Figure[^\\n]*/Alt\\s*<FEFF", raw.Replace("/Alt(", "/Alt<FEFF", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_bars_are_painted_in_their_colours()
    {
        using var input = new TempInput();
        input.Write("r/report.md", Report).Write("r/chart.svg", Chart);
        var build = SiteBuilder.Build(input.Options with { UseCache = false, BuildEpub = false });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var screen = Directory.GetFiles(input.Output, "*.pdf", SearchOption.AllDirectories).Single(p => !p.Contains("-print") && !p.Contains("-large"));
        Run("pdftoppm", "-r", "36", screen, Path.Combine(input.Root, "page")); // PPM (P6) pages
        var colours = Directory.GetFiles(input.Root, "page*.ppm").SelectMany(Pixels).ToList();
        Assert.NotEmpty(colours);
        // The 2020 bar in its red (#d62728) and the 2021 bar in its blue (rgb 31 119 180).
        Assert.Contains(colours, c => c.R > 180 && c.G < 80 && c.B < 80);
        Assert.Contains(colours, c => c.B > 140 && c.R < 80 && c.G is > 80 and < 150);
    }

    /// <summary>The samples of a binary PPM: "P6", width, height, maximum 255, then RGB bytes.</summary>
    private static IEnumerable<(byte R, byte G, byte B)> Pixels(string ppm)
    {
        var bytes = File.ReadAllBytes(ppm);
        var fields = 0;
        var i = 0;
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i])) i++;
            while (!char.IsWhiteSpace((char)bytes[i])) i++;
            fields++;
        }
        i++; // the single white-space byte before the samples
        for (; i + 2 < bytes.Length; i += 3) yield return (bytes[i], bytes[i + 1], bytes[i + 2]);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
