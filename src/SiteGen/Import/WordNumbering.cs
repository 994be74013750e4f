using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Word's automatic numbering: the number Word shows before a paragraph is not in its text, so the importer
/// counts as Word does (per list, deeper levels restarting) and writes the number out, so no character is lost.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, Level[]> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];

    /// <param name="Format">Word's numFmt: decimal, bullet, chineseCounting, …</param>
    /// <param name="Text">The level's pattern, e.g. "%1、" or "（%2）".</param>
    private sealed record Level(int Start, string Format, string Text, bool Legal);

    /// <summary>What Word shows before one paragraph.</summary>
    /// <param name="Kind">Bullet, an Arabic number (a list) or another style such as 一、 (text).</param>
    public sealed record Shown(NumberKind Kind, string Text, int Number, int Depth);

    public enum NumberKind { Bullet, Decimal, Other }

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var definition))
            {
                continue;
            }

            var levels = new Level[9];
            for (var i = 0; i < 9; i++)
            {
                levels[i] = new Level(1, "decimal", $"%{i + 1}.", false);
            }

            foreach (var level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                if (level.LevelIndex?.Value is int index and >= 0 and < 9)
                {
                    levels[index] = new Level(level.StartNumberingValue?.Val?.Value ?? 1, level.NumberingFormat?.Val?.InnerText ?? "decimal",
                        level.LevelText?.Val?.Value ?? "", level.IsLegalNumberingStyle is not null);
                }
            }

            foreach (var over in instance.Elements<LevelOverride>())
            {
                if (over.LevelIndex?.Value is int index and >= 0 and < 9 && over.StartOverrideNumberingValue?.Val?.Value is int start)
                {
                    levels[index] = levels[index] with { Start = start };
                }
            }

            _levels[numId] = levels;
        }
    }

    public Shown? Next(int numId, int depth)
    {
        if (numId == 0 || !_levels.TryGetValue(numId, out var levels) || depth is < 0 or > 8)
        {
            return null; // numId 0 means "no numbering"
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = levels.Select(l => l.Start - 1).ToArray();
            _counters[numId] = counters;
        }

        counters[depth]++;
        for (var deeper = depth + 1; deeper < 9; deeper++)
        {
            counters[deeper] = levels[deeper].Start - 1;
        }

        var level = levels[depth];
        if (level.Format is "none")
        {
            return null;
        }

        if (level.Format is "bullet")
        {
            return new Shown(NumberKind.Bullet, level.Text, counters[depth], depth);
        }

        var text = new StringBuilder();
        for (var i = 0; i < level.Text.Length; i++)
        {
            if (level.Text[i] == '%' && i + 1 < level.Text.Length && level.Text[i + 1] is >= '1' and <= '9')
            {
                var which = level.Text[i + 1] - '1';
                text.Append(Format(Math.Max(counters[which], 0), level.Legal ? "decimal" : levels[which].Format));
                i++;
            }
            else
            {
                text.Append(level.Text[i]);
            }
        }

        var plainList = level.Format is "decimal" && (level.Text == $"%{depth + 1}." || level.Text == $"%{depth + 1})");
        return new Shown(plainList ? NumberKind.Decimal : NumberKind.Other, text.ToString(), counters[depth], depth);
    }

    private static string Format(int n, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "japaneseCounting" => ChineseNumber(n),
        "ideographDigital" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => "〇一二三四五六七八九"[d - '0'])),
        "chineseLegalSimplified" => ChineseNumber(n).Replace('一', '壹').Replace('二', '贰').Replace('三', '叁').Replace('四', '肆').Replace('五', '伍')
            .Replace('六', '陆').Replace('七', '柒').Replace('八', '捌').Replace('九', '玖').Replace('十', '拾'),
        "ideographTraditional" when n is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => (char)('０' + (d - '0')))),
        "decimalZero" => n.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>一 … 十, 十一, 二十, 一百零一: how Word's chineseCounting writes 1–9999.</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n <= 0 || n > 9999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return digits[n].ToString();
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        }

        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var result = new StringBuilder();
        var rest = n;
        var zero = false;
        foreach (var (size, name) in units)
        {
            var d = rest / size;
            rest %= size;
            if (d > 0)
            {
                if (zero) { result.Append('零'); zero = false; }
                result.Append(digits[d]).Append(name);
            }
            else if (result.Length > 0)
            {
                zero = true;
            }
        }

        if (rest > 0)
        {
            if (zero) result.Append('零');
            result.Append(digits[rest]);
        }

        return result.ToString();
    }

    private static string Letters(int n)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1); // Word repeats the letter: Y, Z, AA, BB
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var values = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var result = new StringBuilder();
        foreach (var (value, text) in values)
        {
            while (n >= value) { result.Append(text); n -= value; }
        }

        return result.ToString();
    }
}
