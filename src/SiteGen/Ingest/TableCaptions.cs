using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>
/// Where a table's caption comes from. Explicit: a paragraph right before or right after the table that starts
/// with <c>Table:</c> or <c>表：</c> (the prefix is markup, the rest is the caption). Implicit: the lead-in paragraph
/// just before the table when it ends in a colon ("2021年提案办理情况如下："), minus that colon and the words that
/// only point at the table (如下, 见下表, as follows), which say nothing once the caption sits on the table.
/// </summary>
internal static class TableCaptions
{
    private static readonly string[] Prefixes = ["Table:", "Table：", "表：", "表:"];

    private static readonly string[] Pointers = ["如下表所示", "如下表", "见下表", "如下", " as follows", " below"];

    public static bool HasPrefix(string text) => Prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    public static ImmutableArray<Inline>? Explicit(ImmutableArray<Inline> paragraph)
    {
        if (paragraph.IsEmpty || paragraph[0] is not TextInline first)
        {
            return null;
        }

        var prefix = Prefixes.FirstOrDefault(p => first.Text.StartsWith(p, StringComparison.Ordinal));
        if (prefix is null)
        {
            return null;
        }

        var rest = first.Text[prefix.Length..].TrimStart();
        var caption = rest.Length == 0 ? paragraph.RemoveAt(0) : paragraph.SetItem(0, new TextInline(rest));
        return InlineText.Of(caption).Trim().Length == 0 ? null : caption;
    }

    public static ImmutableArray<Inline>? LeadIn(ImmutableArray<Inline> paragraph)
    {
        if (paragraph.IsEmpty || paragraph[^1] is not TextInline last)
        {
            return null;
        }

        var text = last.Text.TrimEnd();
        if (!(text.EndsWith('：') || text.EndsWith(':')))
        {
            return null;
        }

        var trimmed = text[..^1].TrimEnd();
        var pointer = Pointers.FirstOrDefault(p => trimmed.EndsWith(p, StringComparison.Ordinal) && trimmed.Length > p.Length);
        trimmed = pointer is null ? trimmed : trimmed[..^pointer.Length].TrimEnd('，', ',', ' ');
        var caption = trimmed.Length == 0 ? paragraph.RemoveAt(paragraph.Length - 1) : paragraph.SetItem(paragraph.Length - 1, new TextInline(trimmed));
        return InlineText.Of(caption).Trim().Length == 0 ? null : caption;
    }
}
