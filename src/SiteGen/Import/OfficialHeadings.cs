using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Chinese official documents number their headings in the text, typed as body paragraphs in the body style:
/// 一、 then （一） then 1. then （1） (GB/T 9704). A short paragraph that starts so and holds no sentence is a
/// heading, bold or not; a long one that runs on after its first sentence ("（一）加强领导。全市……") is a
/// paragraph with a run-in heading and stays one. The kinds a document uses take consecutive levels under the
/// styled heading they follow.
/// </summary>
internal static partial class OfficialHeadings
{
    private const int MaxHeadingLength = 60;

    /// <summary>The convention's rank (1 for 一、 … 4 for （1）), or 0 when the text is no numbered heading.</summary>
    public static int Rank(string text)
    {
        if (text.Length > MaxHeadingLength)
        {
            return 0;
        }

        var rank = Rank1().IsMatch(text) ? 1 : Rank2().IsMatch(text) ? 2 : Rank3().IsMatch(text) ? 3 : Rank4().IsMatch(text) ? 4 : 0;
        if (rank == 0)
        {
            return 0;
        }

        // A sentence inside, or a closing full stop, makes it a paragraph that starts with a number.
        var body = text.TrimEnd();
        return body.Length == 0 || body[..^1].IndexOfAny(SentenceEnds) >= 0 || body[^1] is '。' or '；' or ';' or '：' or ':' or '，' or ',' ? 0 : rank;
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；'];

    /// <summary>Gives the numbered body paragraphs of <paramref name="blocks"/> their heading level.</summary>
    public static List<ImportBlock> Apply(List<ImportBlock> blocks)
    {
        var ranks = blocks.OfType<ParagraphBlock>().Where(IsCandidate).Select(p => Rank(p.Plain)).Where(r => r > 0).Distinct().Order().ToList();
        if (ranks.Count == 0)
        {
            return blocks;
        }

        var result = new List<ImportBlock>(blocks.Count);
        var styledLevel = 0;
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock { IsHeading: true } styled)
            {
                styledLevel = styled.Level;
            }

            if (block is ParagraphBlock paragraph && IsCandidate(paragraph) && Rank(paragraph.Plain) is > 0 and var rank)
            {
                var level = Math.Min(6, styledLevel + ranks.IndexOf(rank) + 1);
                result.Add(paragraph with { Role = ParagraphRole.Heading, Level = level });
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    private static bool IsCandidate(ParagraphBlock paragraph) =>
        paragraph is { Role: ParagraphRole.Body, List: null };

    [GeneratedRegex(@"^[一二三四五六七八九十百〇零]+、\s*\S")]
    private static partial Regex Rank1();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十百〇零]+[）)]\s*\S")]
    private static partial Regex Rank2();

    [GeneratedRegex(@"^[0-9０-９]+\s*[.．、](?![0-9０-９])\s*\S")]
    private static partial Regex Rank3();

    [GeneratedRegex(@"^[（(][0-9０-９]+[）)]\s*\S")]
    private static partial Regex Rank4();
}
