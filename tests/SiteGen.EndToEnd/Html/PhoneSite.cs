using System.Globalization;
using System.Text;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// What a phone reader opens: the real 2021 report, a report with 108 headings (12 parts of 8 sections) and a report
/// with a wide table, built with every format so the downloads block is the one published.
/// </summary>
public sealed class PhoneSite : BuiltSite
{
    private readonly TempDir _input;

    public PhoneSite()
        : this(PhoneInput.Create())
    {
    }

    private PhoneSite(TempDir input)
        : base(input.Path) => _input = input;

    public override void Dispose()
    {
        base.Dispose();
        _input.Dispose();
    }
}

internal static class PhoneInput
{
    public const string ManyHeadings = "many-2023";
    public const string WideTable = "wide-2022";

    public static TempDir Create()
    {
        var input = new TempDir();
        var real = Path.Combine(Tools.RepoRoot, "input");
        input.File("site.yml", File.ReadAllText(Path.Combine(real, "site.yml")));
        input.File("cppcc-report-2021/report.md", File.ReadAllText(Path.Combine(real, "cppcc-report-2021", "report.md")));
        input.File("many/report.md", Many());
        input.File("wide/report.md", Wide());
        return input;
    }

    /// <summary>108 headings under a long title, as the audit's second report had.</summary>
    public static string Many()
    {
        var text = new StringBuilder($"---\ntitle: 政协第四届亳州市委员会常务委员会关于2022年工作情况的报告\ndate: 2023-01-10\nslug: {ManyHeadings}\nkicker: 聚焦市两会\norganization: 政协第四届亳州市委员会常务委员会\nbyline: 记者 任雷\n---\n\n");
        text.Append("1月10日上午，市政协主席代表常务委员会向大会报告工作。\n\n");
        for (var part = 1; part <= 12; part++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## 第{part}部分 工作回顾\n\n第{part}部分的导语，说明这一部分的主要内容。\n\n");
            for (var section = 1; section <= 8; section++)
            {
                text.Append(CultureInfo.InvariantCulture, $"### {part}.{section} 具体事项\n\n这是第{part}部分第{section}节的正文，记录一年来的履职情况。\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Eight columns of figures with row labels: too wide for a phone.</summary>
    public static string Wide()
    {
        var text = new StringBuilder($"---\ntitle: 各专门委员会履职数据\ndate: 2022-01-12\nslug: {WideTable}\n---\n\n2021年各专门委员会履职数据如下：\n\n");
        text.Append("| 委员会 | 提案 | 调研 | 视察 | 协商 | 信息 | 会议 | 其他 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var name in new[] { "提案委员会", "经济委员会", "社会和法制委员会", "文化文史和学习委员会" })
        {
            text.Append(CultureInfo.InvariantCulture, $"| {name} | 128 | 36 | 24 | 12 | 238 | 40 | 6 |\n");
        }

        text.Append("\n数据截至2021年12月31日。\n");
        return text.ToString();
    }
}
