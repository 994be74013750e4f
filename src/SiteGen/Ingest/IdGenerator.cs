using System.Text;

namespace SiteGen.Ingest;

/// <summary>
/// Makes anchor ids from heading text, keeping Chinese characters (Markdig's auto-ids drop them, markdig#501).
/// Ids are unique within a report: explicit ids are reserved first, repeats get "-2", "-3"…
/// </summary>
internal sealed class IdGenerator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Reserves an explicit id; false when it is already taken.</summary>
    public bool Reserve(string id) => _taken.Add(id);

    public string Unique(string candidate)
    {
        var id = candidate;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{candidate}-{n}";
        }

        return id;
    }

    /// <summary>Letters (any script) and digits kept, ASCII lowered, spaces and dashes to "-", the rest dropped.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(rune.IsAscii ? Rune.ToLowerInvariant(rune).ToString() : rune.ToString());
            }
            else if ((rune.Value is ' ' or '-' or '_' or '.' || Rune.IsWhiteSpace(rune)) && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append(rune.Value == '.' ? '.' : '-');
            }
        }

        var slug = builder.ToString().Trim('-', '.');
        return slug.Length == 0 ? "section" : slug;
    }
}
