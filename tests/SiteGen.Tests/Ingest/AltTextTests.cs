using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Ingest;

/// <summary>
/// Missing alt text is an error at the image, not a decorative image by default; an author marks a decorative
/// image explicitly with {.decorative}, and the model carries that one decision to every format.
/// </summary>
public sealed class AltTextTests
{
    [Theory]
    [InlineData("![](p.png)\n")]
    [InlineData("正文 ![ ](p.png) 继续。\n")]
    [InlineData("^^^\n![](p.png)\n^^^ 说明\n")]
    public void Image_without_alt_text_is_an_error_at_the_image(string body)
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("SG090", error.Code);
        Assert.True(error.Location.Line >= 5);
        Assert.Contains("{.decorative}", error.Message);
    }

    [Theory]
    [InlineData("![](p.png){.decorative}\n")]
    [InlineData("^^^\n![](p.png){.decorative}\n^^^ 说明\n")]
    public void Image_marked_decorative_needs_no_alt_and_the_model_says_so(string body)
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + body);
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.ImageWithoutAlt or DiagnosticCodes.DecorativeImageWithAlt);
        var image = Assert.Single(ImageUses.Of(report!)).Image;
        Assert.True(image.Decorative);
        Assert.Equal("", image.Alt);
    }

    [Fact]
    public void Decorative_mark_beside_alt_text_is_an_error_because_the_text_would_be_lost()
    {
        var (_, diagnostics) = Reports.Parse(Reports.FrontMatter + "![柱状图](p.png){.decorative}\n");
        Assert.Equal(Severity.Error, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DecorativeImageWithAlt).Severity);
    }

    [Fact]
    public void Image_with_alt_text_is_informative()
    {
        var (report, diagnostics) = Reports.Parse(Reports.FrontMatter + "![2021年提案分类柱状图](p.png)\n");
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.ImageWithoutAlt or DiagnosticCodes.DecorativeImageWithAlt);
        Assert.False(Assert.Single(ImageUses.Of(report!)).Image.Decorative);
    }
}
