using SiteGen.Ingest;

namespace SiteGen.Tests.Ingest;

public sealed class PunctuationNormalizerTests
{
    [Theory]
    [InlineData("市政协,常委会", "市政协，常委会")]
    [InlineData("报告;工作", "报告；工作")]
    [InlineData("如下:一是", "如下：一是")]
    [InlineData("好吗?是的!", "好吗？是的！")]
    [InlineData("市县(区)党委", "市县（区）党委")]
    [InlineData("工作报告 (摘要)", "工作报告（摘要）")]
    [InlineData("学习(扩大)会", "学习（扩大）会")]
    [InlineData("提出19条建议,举办", "提出19条建议，举办")]
    [InlineData("共14, 其中", "共14，其中")]
    [InlineData("APP, 做好", "APP，做好")]
    public void Ascii_punctuation_beside_Han_becomes_full_width(string input, string expected) =>
        Assert.Equal(expected, PunctuationNormalizer.Normalize(input));

    [Theory]
    [InlineData("3,456.78")]
    [InlineData("COVID-19")]
    [InlineData("https://example.org/a?x=1,2&y=(3)")]
    [InlineData("mail: office@example.org")]
    [InlineData("Hello, world (again)!")]
    [InlineData("ratio 3:2; done")]
    public void Numbers_urls_and_Latin_phrases_keep_their_punctuation(string text) =>
        Assert.Equal(text, PunctuationNormalizer.Normalize(text));

    [Fact]
    public void Neighbouring_runs_give_context_across_inline_boundaries() =>
        Assert.Equal("，后", PunctuationNormalizer.Normalize(",后", before: 'A'));

    [Fact]
    public void Parentheses_around_Latin_inside_Chinese_convert_as_a_pair() =>
        Assert.Equal("工作APP（应用）平台", PunctuationNormalizer.Normalize("工作APP(应用)平台"));
}
