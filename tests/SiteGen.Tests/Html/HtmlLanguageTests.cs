using SiteGen.Html;

namespace SiteGen.Tests.Html;

public sealed class HtmlLanguageTests
{
    [Theory]
    [InlineData("zh-CN", "2021年2月22日")]
    [InlineData("zh", "2021年2月22日")]
    [InlineData("zh-Hans", "2021年2月22日")]
    [InlineData("en", "22 February 2021")]
    [InlineData("en-GB", "22 February 2021")]
    public void Dates_read_as_the_language_writes_them(string lang, string expected)
    {
        Assert.Equal(expected, HtmlLanguage.For(lang).Date(new DateOnly(2021, 2, 22)));
    }

    [Theory]
    [InlineData(512, "512 字节")]
    [InlineData(45_678, "45 KB")]
    [InlineData(1_345_678, "1.3 MB")]
    public void Sizes_are_shown_in_kilobytes_or_megabytes(long bytes, string expected)
    {
        Assert.Equal(expected, HtmlLanguage.Chinese.Size(bytes));
    }

    [Fact]
    public void Page_counts_follow_the_language()
    {
        Assert.Equal("12页", HtmlLanguage.Chinese.Pages(12));
        Assert.Equal("12 pages", HtmlLanguage.English.Pages(12));
        Assert.Equal("1 page", HtmlLanguage.English.Pages(1));
    }
}
