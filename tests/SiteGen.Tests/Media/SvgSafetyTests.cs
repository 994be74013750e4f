using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Media;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Media;

/// <summary>An SVG is published only when everything in it is drawing; anything that can run or load is refused at its line.</summary>
public sealed class SvgSafetyTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    public static TheoryData<string, string> Hostile => new()
    {
        { "script element", Open + "<script>alert(1)</script></svg>" },
        { "script in CDATA", Open + "<script><![CDATA[alert(1)]]></script></svg>" },
        { "onload on root", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>" },
        { "onclick on a shape", Open + "<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/></svg>" },
        { "javascript href", Open + "<a href=\"javascript:alert(1)\"><text>x</text></a></svg>" },
        { "javascript xlink:href with entities", Open + "<a xlink:href=\"&#x6A;avascript:alert(1)\"><text>x</text></a></svg>" },
        { "javascript href with spaces", Open + "<a href=\" java\tscript:alert(1)\"><text>x</text></a></svg>" },
        { "external link", Open + "<a href=\"https://example.org/\"><text>x</text></a></svg>" },
        { "external use", Open + "<use href=\"https://example.org/x.svg#a\"/></svg>" },
        { "svg data image", Open + "<image href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" width=\"1\" height=\"1\"/></svg>" },
        { "html data on use", Open + "<use href=\"data:image/png;base64,AAAA\"/></svg>" },
        { "foreignObject", Open + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>" },
        { "xhtml script", Open + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>" },
        { "animate to a script url", Open + "<a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg>" },
        { "set element", Open + "<set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>" },
        { "doctype with entity", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Open + "<text>&x;</text></svg>" },
        { "plain doctype", "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + Open + "</svg>" },
        { "style sheet import", Open + "<style>@import url(https://example.org/x.css);</style></svg>" },
        { "style attribute url", Open + "<rect style=\"fill:url(https://example.org/a.png)\"/></svg>" },
        { "css escape", Open + "<rect style=\"fill:u\\72l(https://example.org/a.png)\"/></svg>" },
        { "stylesheet pi", "<?xml-stylesheet href=\"https://example.org/x.css\"?>" + Open + "</svg>" },
        { "not svg root", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>" },
        { "root without namespace", "<svg><script>alert(1)</script></svg>" },
        { "broken xml", Open + "<rect></svg>" },
        { "iframe in unknown namespace", Open + "<x:iframe xmlns:x=\"urn:evil\"/></svg>" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_svg_is_refused(string what, string svg)
    {
        var problems = Check(svg);
        Assert.True(problems.Count > 0, what);
        Assert.All(problems, p => Assert.True(p.Line >= 1, $"{what}: {p.Message} has no line"));
    }

    [Fact]
    public void Drawing_program_output_with_metadata_gradients_and_embedded_png_is_accepted()
    {
        var svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 width="120" height="80" viewBox="0 0 120 80" version="1.1" inkscape:version="1.2">
              <title>会场示意图</title>
              <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="1"/>
              <metadata><rdf:RDF><dc:title>图</dc:title></rdf:RDF></metadata>
              <defs>
                <linearGradient id="g"><stop offset="0" stop-color="#c00"/><stop offset="1" stop-color="#fff"/></linearGradient>
                <filter id="f"><feGaussianBlur stdDeviation="2"/></filter>
                <style>.a { fill: url(#g); stroke: #000 }</style>
              </defs>
              <g inkscape:label="图层 1" inkscape:groupmode="layer" transform="translate(1,1)">
                <rect class="a" x="0" y="0" width="50" height="30" filter="url(#f)"/>
                <use xlink:href="#g2"/>
                <a href="#g2"><text x="5" y="70" font-family="serif" xml:space="preserve">主席台</text></a>
                <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>
              </g>
            </svg>
            """;
        Assert.Empty(Check(svg));
    }

    [Fact]
    public void Refused_svg_is_an_error_at_its_own_line_when_a_report_uses_it()
    {
        using var input = new TempInput()
            .Write("r/map.svg", Open + "\n<rect/>\n<script>alert(1)</script>\n</svg>\n")
            .Write("r/report.md", Reports.FrontMatter + "正文。\n\n![地图](map.svg)\n\n再用一次：![地图](map.svg)\n");
        var error = Assert.Single(input.Diagnostics(), d => d.Code == DiagnosticCodes.UnsafeSvg);
        Assert.Equal(("r/map.svg", 3, 2), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("<script>", error.Message);
    }

    [Fact]
    public void Svg_content_under_another_name_is_checked_too()
    {
        using var input = new TempInput()
            .Write("r/photo.png", Open + "<script>alert(1)</script></svg>")
            .Write("r/report.md", Reports.FrontMatter + "![照片](photo.png)\n");
        Assert.Contains(input.Diagnostics(), d => d.Code == DiagnosticCodes.UnsafeSvg && d.Location.File == "r/photo.png");
    }

    private static IReadOnlyList<SvgSafety.Problem> Check(string svg) =>
        SvgSafety.Check(new MemoryStream(Encoding.UTF8.GetBytes(svg)));
}
