using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Tests.Fixtures;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Text;

/// <summary>Rules 6, 8, 9a, 9b and 20 of docs/typography.md, read back from the set lines' advances.</summary>
public sealed class FullWidthPunctuationTests
{
    private const double Size = 10;
    private const string MidLineMarks = "，。、；：？！";
    private static readonly TextStyle Body = new(FontRole.Body, false, Size);

    private static List<SetLine> Set(string text, double measureEm, bool compressed = false, ITextMeasurer? measurer = null, bool heading = false) =>
        LineBreaker.Break(new Tokenizer(measurer ?? new FixedWidthMeasurer()).Tokenize([new InlineSpan(text, Body)], _ => { }),
            measureEm * Size, heading ? 0 : 2 * Size, !heading, new JustifyRules(compressed, 0.25), heading);

    private static IEnumerable<SetLine> SeedLines(bool compressed) =>
        Enumerable.Range(20, 26).SelectMany(w => SeedReport.Paragraphs().SelectMany(p => Set(p, w, compressed)));

    /// <summary>Advances (in em) of single marks inside a line: not the first or last atom, no mark beside them.</summary>
    private static List<double> MidLineAdvances(IEnumerable<SetLine> lines)
    {
        var result = new List<double>();
        foreach (var line in lines)
            for (var k = 1; k < line.Atoms.Count - 1; k++)
            {
                var a = line.Atoms[k];
                if (!MidLineMarks.Contains(a.Atom.Text)) continue;
                if (line.Atoms[k - 1].Atom.Kind == AtomKind.Punct || line.Atoms[k + 1].Atom.Kind == AtomKind.Punct) continue;
                result.Add((line.Atoms[k + 1].X - a.X) / Size);
            }
        return result;
    }

    [Fact]
    public void Mid_line_marks_keep_their_full_em_and_only_the_compressed_style_squeezes_them()
    {
        var full = MidLineAdvances(SeedLines(false));
        Assert.True(full.Count > 200);
        Assert.All(full, em => Assert.True(em >= 1 - 1e-9, $"a mid-line mark set at {em:0.###} em"));
        var compressed = MidLineAdvances(SeedLines(true));
        Assert.Contains(compressed, em => em < 0.9);
    }

    [Fact]
    public void Adjacent_marks_are_never_under_one_and_a_half_em_together()
    {
        var pairs = 0;
        foreach (var line in SeedLines(false).Concat(Set(string.Concat(Enumerable.Repeat("他说：“好。”（注）、再说。", 20)), 30)))
            for (var k = 0; k + 2 < line.Atoms.Count; k++)
            {
                var (a, b) = (line.Atoms[k], line.Atoms[k + 1]);
                if (a.Atom.Shrink <= 0 || b.Atom.Shrink <= 0) continue;
                pairs++;
                Assert.True(line.Atoms[k + 2].X - a.X >= 1.5 * Size - 1e-9, $"{a.Atom.Text}{b.Atom.Text} is {(line.Atoms[k + 2].X - a.X) / Size:0.###} em");
            }
        Assert.True(pairs > 20);
    }

    [Fact]
    public void A_line_of_Han_characters_and_marks_fills_a_whole_em_measure_without_adjustment()
    {
        var lines = Set(string.Concat(Enumerable.Repeat("坚持团结和民主两大主题，主动肩负起政治责任。", 10)), 30);
        foreach (var line in lines.Take(lines.Count - 1).Where(l => l.Atoms.All(a => a.Atom.Kind is AtomKind.Han or AtomKind.Punct)))
            for (var k = 0; k + 1 < line.Atoms.Count; k++)
                Assert.Equal(Size, line.Atoms[k + 1].X - line.Atoms[k].X, 9);
    }

    [Fact]
    public void A_long_url_breaks_after_its_slashes_and_dots_and_no_gap_stretches_past_a_quarter_em()
    {
        const string url = "https://www.example.gov.cn/zwgk/zfgzbg/2021/detail_report_of_the_standing_committee.html?from=cppcc&lang=zh";
        var text = "全文见" + url + "，欢迎查阅。联系邮箱为office.secretary@bozhou.example.gov.cn，请来信。";
        foreach (var measure in new[] { 18, 24, 30 })
        {
            var lines = Set(text, measure);
            var joined = string.Concat(lines.SelectMany(l => l.Atoms).Select(a => a.Atom.Text));
            Assert.Contains(url, joined); // nothing added (no hyphen), nothing lost
            Assert.True(lines.Count(l => l.Atoms.Any(a => url.Contains(a.Atom.Text) && a.Atom.Kind == AtomKind.Latin)) >= 2, "the URL was not broken");
            foreach (var line in lines.Take(lines.Count - 1))
                for (var k = 0; k + 1 < line.Atoms.Count; k++)
                {
                    var (a, b) = (line.Atoms[k], line.Atoms[k + 1]);
                    var natural = LineMetrics.GapBetween(a.Atom, b.Atom);
                    var stretch = b.X - (a.X + a.Advance) - natural;
                    Assert.True(stretch <= 0.25 * Size + 1e-9, $"{a.Atom.Text}|{b.Atom.Text}: {stretch / Size:0.###} em at {measure} em");
                }
            foreach (var line in lines.Take(lines.Count - 1))
            {
                var last = line.Atoms[^1].Atom;
                if (last.Kind == AtomKind.Latin && url.Contains(last.Text)) Assert.Contains(last.Text[^1], "/.@-_?&=");
            }
        }
    }

    [Fact]
    public void Numbers_and_hyphenated_words_stay_whole()
    {
        var lines = Set(string.Concat(Enumerable.Repeat("增长6.5%，COVID-19疫情，3,456.78元。", 8)), 12);
        var latin = lines.SelectMany(l => l.Atoms).Where(a => a.Atom.Kind == AtomKind.Latin).Select(a => a.Atom.Text).ToHashSet();
        Assert.Equal(new HashSet<string> { "6.5%", "COVID-19", "3,456.78" }, latin);
    }

    /// <summary>A measurer whose interpunct is a narrow Latin glyph, as in the Noto fonts.</summary>
    private sealed class NarrowInterpunct : ITextMeasurer
    {
        private readonly FixedWidthMeasurer _inner = new();
        public string? FaceFor(TextStyle style, int codePoint) => _inner.FaceFor(style, codePoint);
        public double AdvanceEm(string face, int codePoint) => codePoint == '·' ? 0.3 : _inner.AdvanceEm(face, codePoint);
    }

    [Fact]
    public void The_interpunct_is_centred_in_a_full_em()
    {
        var line = Set("举办委员讲堂·专家讲座", 30, measurer: new NarrowInterpunct()).Single();
        var dot = line.Atoms.Single(a => a.Atom.Text == "·");
        var next = line.Atoms[line.Atoms.ToList().IndexOf(dot) + 1];
        Assert.Equal(Size, next.X - dot.X, 9);
        Assert.Equal(dot.X + 0.35 * Size, dot.DrawX, 9);
    }

    [Fact]
    public void An_opening_mark_at_line_start_hangs_the_same_on_every_line()
    {
        var text = string.Concat(Enumerable.Range(0, 30).Select(i => new string('字', i % 7 + 3) + "“引号”和《书名》"));
        var starts = Enumerable.Range(14, 20).SelectMany(w => Set(text, w)).Skip(1)
            .Where(l => "“《（".Contains(l.Atoms[0].Atom.Text)).Select(l => l.Atoms[0].DrawX - l.Atoms[0].X).ToList();
        Assert.True(starts.Count > 5);
        Assert.All(starts, offset => Assert.Equal(0, offset, 9));
    }

    [Fact]
    public void A_heading_breaks_after_a_mark_rather_than_inside_a_phrase()
    {
        var lines = Set("一、坚持创新理论武装，着力把牢正确政治方向", 16, heading: true);
        Assert.Equal(2, lines.Count);
        Assert.Equal("，", lines[0].Atoms[^1].Atom.Text);
    }
}
