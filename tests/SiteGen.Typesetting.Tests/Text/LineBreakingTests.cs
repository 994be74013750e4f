using SiteGen.Typesetting.Layout;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Text;

/// <summary>Property tests: the seed paragraphs set at many widths with the fixed-width measurer.</summary>
public sealed class LineBreakingTests
{
    private const double Size = 10;
    private static readonly FixedWidthMeasurer Measurer = new();
    public static TheoryData<int> Widths() => [.. Enumerable.Range(6, 40).Select(w => w * 2)]; // 12..90 half-ems

    private static List<List<SetLine>> SetAll(double measure, double indent = 2 * Size)
    {
        var tokenizer = new Tokenizer(Measurer);
        var style = new TextStyle(FontRole.Body, false, Size);
        return SeedReport.Paragraphs()
            .Select(p => LineBreaker.Break(tokenizer.Tokenize([new InlineSpan(p, style)], _ => { }), measure, indent, true))
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void No_line_starts_with_a_closing_mark_or_ends_with_an_opening_mark(int halfEms)
    {
        foreach (var line in SetAll(halfEms * Size / 2).SelectMany(l => l))
        {
            var first = line.Atoms[0].Atom.Text;
            var last = line.Atoms[^1].Atom.Text;
            Assert.False(CharClass.IsNoStart(char.ConvertToUtf32(first, 0)), $"line starts with {first}");
            Assert.False(CharClass.IsNoEnd(char.ConvertToUtf32(last, last.Length - 1)), $"line ends with {last}");
        }
    }

    [Theory]
    [InlineData("1.1亿元（同比增长1%）", 2)]
    [InlineData("第10项指标名称较长", 1)]
    [InlineData("“引号”中的（括注）。", 1.5)]
    public void In_a_column_too_narrow_for_the_rules_lines_break_where_they_must_and_nothing_overflows_but_a_single_wide_piece(string text, double ems)
    {
        var measure = ems * Size;
        var tokenizer = new Tokenizer(Measurer);
        var atoms = tokenizer.Tokenize([new InlineSpan(text, new TextStyle(FontRole.Body, false, Size))], _ => { });

        var lines = LineBreaker.Break(atoms, measure, 0, true);

        Assert.Equal(text, string.Concat(lines.SelectMany(l => l.Atoms).Select(a => a.Atom.Text)));
        Assert.All(lines, l => Assert.True(l.Width <= measure + 0.5 || l.Atoms.Count(a => a.Atom.Kind != AtomKind.Space) == 1,
            $"'{string.Concat(l.Atoms.Select(a => a.Atom.Text))}' is {l.Width} wide in a {measure} measure"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_word_longer_than_the_line_is_cut_to_fit_and_keeps_every_character(double indentEms)
    {
        var word = new string('x', 400) + "𠮷end";
        var text = "English " + word + " end.";
        var measure = 30 * Size;
        var cut = new List<string>();
        var atoms = new Tokenizer(Measurer).Tokenize([new InlineSpan(text, new TextStyle(FontRole.Body, false, Size))], _ => { }, measure - indentEms * Size, cut.Add);

        var lines = LineBreaker.Break(atoms, measure, indentEms * Size, true);

        Assert.Equal(text.Replace(" ", ""), string.Concat(lines.SelectMany(l => l.Atoms).Select(a => a.Atom.Text)).Replace(" ", ""));
        Assert.All(lines, l => Assert.True(l.Width <= measure + 0.5, $"'{string.Concat(l.Atoms.Select(a => a.Atom.Text))}' is {l.Width} wide in a {measure} measure"));
        Assert.Equal([new string('x', 400)], cut); // 𠮷 stands alone, so "end" is a word of its own
    }

    [Fact]
    public void A_word_that_fits_is_not_cut()
    {
        var cut = new List<string>();
        var atoms = new Tokenizer(Measurer).Tokenize([new InlineSpan("Proposals and reports", new TextStyle(FontRole.Body, false, Size))], _ => { }, 10 * Size, cut.Add);
        Assert.Empty(cut);
        Assert.Equal(["Proposals", " ", "and", " ", "reports"], atoms.Select(a => a.Text));
    }

    [Theory]
    [InlineData("详见网站https://www.bozhou.gov.cn/content/detail/2021/report.html上的全文和附件，以及其他说明。")]
    [InlineData("Reference link and autolink https://example.com/ks22 and bare example.com/ks23, with (brackets) and more words to fill lines.")]
    public void A_justified_line_never_opens_a_gap_inside_a_url_or_a_latin_word(string text)
    {
        var tokenizer = new Tokenizer(Measurer);
        var atoms = tokenizer.Tokenize([new InlineSpan(text, new TextStyle(FontRole.Body, false, Size))], _ => { });
        var justified = 0;
        foreach (var halfEms in Enumerable.Range(20, 40))
        {
            foreach (var line in LineBreaker.Break(atoms, halfEms * Size / 2, 0, true).Where(l => !l.IsLast))
            {
                justified++;
                for (var k = 0; k + 1 < line.Atoms.Count; k++)
                {
                    var (a, b) = (line.Atoms[k], line.Atoms[k + 1]);
                    if (a.Atom.Kind is AtomKind.Latin or AtomKind.Punct && b.Atom.Kind is AtomKind.Latin or AtomKind.Punct && (a.Atom.Text + b.Atom.Text).All(c => c < '\u2000'))
                    {
                        Assert.True(Math.Abs(b.X - (a.X + a.Advance)) < 1e-6, $"a gap opened between '{a.Atom.Text}' and '{b.Atom.Text}' at {halfEms} half-ems");
                    }
                }
            }
        }

        Assert.True(justified > 20);
    }

    /// <summary>Measures from 13 em up; narrower ones may leave a line short rather than stretch a gap past ¼ em (rule 9a).</summary>
    public static TheoryData<int> BookWidths() => [.. Enumerable.Range(13, 33).Select(w => w * 2)];

    [Theory]
    [MemberData(nameof(BookWidths))]
    public void Every_line_but_the_last_is_justified_to_the_measure(int halfEms)
    {
        var measure = halfEms * Size / 2;
        var checkedLines = 0;
        foreach (var paragraph in SetAll(measure))
            for (var i = 0; i < paragraph.Count - 1; i++)
            {
                var width = measure - (i == 0 ? 2 * Size : 0);
                Assert.Equal(width, paragraph[i].Width, 6);
                checkedLines++;
            }
        Assert.True(checkedLines > 10);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Latin_words_and_numbers_are_never_split(int halfEms)
    {
        var words = SeedReport.Paragraphs()
            .SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, "[A-Za-z0-9][A-Za-z0-9.%-]*").Select(m => m.Value))
            .ToHashSet();
        Assert.NotEmpty(words);
        foreach (var line in SetAll(halfEms * Size / 2).SelectMany(l => l))
            foreach (var atom in line.Atoms.Where(a => a.Atom.Kind == AtomKind.Latin))
                Assert.Contains(atom.Atom.Text, words);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Setting_keeps_every_character_in_order(int halfEms)
    {
        var paragraphs = SeedReport.Paragraphs();
        var set = SetAll(halfEms * Size / 2);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var expected = paragraphs[i].Replace(" ", "").Replace(",", "，").Replace("(", "（").Replace(")", "）").Replace(":", "：").Replace(";", "；");
            var actual = string.Concat(set[i].SelectMany(l => l.Atoms).Where(a => a.Atom.Kind != AtomKind.Space).Select(a => a.Atom.Text));
            Assert.Equal(expected.Replace("?", "？").Replace("!", "！"), actual);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void A_last_line_never_holds_a_single_character(int halfEms)
    {
        foreach (var paragraph in SetAll(halfEms * Size / 2).Where(p => p.Count > 1))
        {
            var chars = paragraph[^1].Atoms.Count(a => a.Atom.Kind is AtomKind.Han or AtomKind.Latin);
            Assert.True(chars != 1 || paragraph[^1].Atoms.Any(a => a.Atom.Kind == AtomKind.Latin && a.Atom.Text.Length > 1),
                "last line: " + string.Concat(paragraph[^1].Atoms.Select(a => a.Atom.Text)));
        }
    }

    [Fact]
    public void Ellipsis_and_dash_pairs_stay_on_one_line()
    {
        var text = string.Concat(Enumerable.Repeat("他说——这是一个测试……真的吗？", 12));
        var tokenizer = new Tokenizer(Measurer);
        for (var w = 5; w < 30; w++)
        {
            var lines = LineBreaker.Break(tokenizer.Tokenize([new InlineSpan(text, new TextStyle(FontRole.Body, false, Size))], _ => { }), w * Size, 0, true);
            Assert.All(lines.SelectMany(l => l.Atoms).Where(a => a.Atom.Text.Contains('—') || a.Atom.Text.Contains('…')),
                a => Assert.Equal(2, a.Atom.Text.Length));
        }
    }

    [Fact]
    public void Han_and_Latin_are_separated_by_a_quarter_em()
    {
        var tokenizer = new Tokenizer(Measurer);
        var atoms = tokenizer.Tokenize([new InlineSpan("共2020年", new TextStyle(FontRole.Body, false, Size))], _ => { });
        var line = LineBreaker.Break(atoms, 100 * Size, 0, true).Single();
        var year = line.Atoms.Single(a => a.Atom.Text == "2020");
        var nian = line.Atoms.Single(a => a.Atom.Text == "年");
        Assert.Equal(Size + Size / 4, year.X, 6);
        Assert.Equal(year.X + 2 * Size + Size / 4, nian.X, 6);
    }

    [Fact]
    public void Punctuation_is_set_as_given_and_ascii_closing_marks_never_start_a_line()
    {
        // Ingestion alone normalises punctuation (normalize_punctuation); the engine converts nothing.
        var tokenizer = new Tokenizer(Measurer);
        var atoms = tokenizer.Tokenize([new InlineSpan("增长3,456.78元,达到6.5%(预期)", new TextStyle(FontRole.Body, false, Size))], _ => { });
        Assert.Equal("增长3,456.78元,达到6.5%(预期)", string.Concat(atoms.Select(a => a.Text)));
        Assert.True(atoms.Single(a => a.Text == ",").NoStart);
        Assert.True(atoms.Single(a => a.Text.EndsWith('(')).NoEnd);
    }
}
