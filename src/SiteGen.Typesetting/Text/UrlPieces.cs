namespace SiteGen.Typesetting.Text;

/// <summary>
/// docs/typography.md rule 9a: a URL or an e-mail address may break after / . @ - _ ? &amp; = (a run of them stays together, so
/// "https://" is one piece), with no hyphen added. Other words (6.5%, COVID-19, 3,456.78) stay whole (docs/typography.md rule 5).
/// </summary>
internal static class UrlPieces
{
    private const string BreakAfter = "/.@-_?&=";

    public static IEnumerable<(string Piece, bool Last)> Split(string word)
    {
        if (!IsAddress(word))
        {
            yield return (word, true);
            yield break;
        }
        var start = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var endsRun = BreakAfter.Contains(word[i]) && (i + 1 == word.Length || !BreakAfter.Contains(word[i + 1]));
            if (!endsRun || i + 1 == word.Length) continue;
            yield return (word[start..(i + 1)], false);
            start = i + 1;
        }
        yield return (word[start..], true);
    }

    /// <summary>A scheme (https://), a www. host, or a name@host.domain address.</summary>
    public static bool IsAddress(string word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        var at = word.IndexOf('@');
        return at > 0 && word.IndexOf('.', at) > at + 1;
    }
}
