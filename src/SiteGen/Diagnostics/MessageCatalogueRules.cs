using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SiteGen.Diagnostics;

/// <summary>
/// What every catalogue must be, checked by the tests for each assembly that has one: ids unique, both languages
/// written, the same placeholders {0}…{n-1} in both (as many as the entry's typed arguments), each text a valid
/// format, and the Chinese actually Chinese wherever the English has words.
/// </summary>
public static partial class MessageCatalogueRules
{
    [RequiresUnreferencedCode("Searches the assembly's types; the tests use it on assemblies they load whole.")]
    public static IReadOnlyList<string> Problems(Assembly assembly)
    {
        var problems = new List<string>();
        var entries = MessageCatalogue.Entries(assembly);
        foreach (var group in entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"{group.Key}: the id is used {group.Count()} times");
        foreach (var entry in entries) problems.AddRange(Problems(entry));
        return problems;
    }

    public static IEnumerable<string> Problems(MessageTemplate entry)
    {
        var expected = Enumerable.Range(0, entry.Arity).ToHashSet();
        foreach (var (language, text) in new[] { ("English", entry.English), ("Chinese", entry.Chinese) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return $"{entry.Id}: the {language} text is empty";
                continue;
            }

            var found = Placeholder().Matches(Doubled().Replace(text, "")).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
            if (!found.SetEquals(expected))
                yield return $"{entry.Id}: the {language} text has placeholders {{{string.Join("}, {", found.Order())}}} but the entry takes {entry.Arity} argument(s)";
            string? formatError = null;
            try
            {
                _ = string.Format(CultureInfo.InvariantCulture, text, [.. expected.Select(i => (object)"x")]);
            }
            catch (FormatException e)
            {
                formatError = e.Message;
            }

            if (formatError is not null) yield return $"{entry.Id}: the {language} text is not a valid format ({formatError}); write a literal brace as {{{{ or }}}}";
        }

        var words = Placeholder().Replace(entry.English, "").Any(char.IsAsciiLetter);
        if (words && !entry.Chinese.Any(c => c is >= '\u4e00' and <= '\u9fff'))
            yield return $"{entry.Id}: the Chinese text \"{entry.Chinese}\" has no Chinese in it; translate it";
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^{}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{|\}\}")]
    private static partial Regex Doubled();
}
