namespace SiteGen.Html.Templates;

/// <summary>
/// Template names as the loader accepts them: relative, forward slashes, no way out of the templates folder.
/// "partials/head" gains the default extension ".sbn-html".
/// </summary>
public static class TemplatePath
{
    public const string DefaultExtension = ".sbn-html";

    /// <summary>The normalized name, or null when the name is absolute or climbs above the templates folder.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('\0'))
        {
            return null;
        }

        var unified = name.Replace('\\', '/');
        if (unified.StartsWith('/') || Path.IsPathRooted(name) || (unified.Length > 1 && unified[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var normalized = string.Join('/', parts);
        return Path.HasExtension(parts[^1]) ? normalized : normalized + DefaultExtension;
    }

    public static bool IsTemplate(string name) =>
        name.EndsWith(".sbn-html", StringComparison.Ordinal)
        || name.EndsWith(".sbn-xml", StringComparison.Ordinal)
        || name.EndsWith(".sbn-txt", StringComparison.Ordinal);
}
