namespace SiteGen.Input;

/// <summary>
/// The links of a circle of symbolic links (a.md → b.md → a.md), so a loop is reported once whichever of its
/// links the walk meets first.
/// </summary>
internal static class LinkLoop
{
    /// <summary>How many links a chain may have before it counts as a loop, as the kernel's ELOOP.</summary>
    private const int MaxLinks = 40;

    /// <summary>The loop's links in ordinal order when <paramref name="path"/> leads into one; otherwise null.</summary>
    public static IReadOnlyList<string>? Members(string path)
    {
        var chain = new List<string>();
        var current = Path.GetFullPath(path);
        for (var i = 0; i <= MaxLinks; i++)
        {
            var target = Target(current);
            if (target is null)
            {
                return null; // the chain ends at a file, a folder or nothing: not a loop
            }

            var index = chain.IndexOf(current);
            if (index >= 0)
            {
                return chain[index..].Order(StringComparer.Ordinal).ToList();
            }

            chain.Add(current);
            current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, target));
        }

        return chain.Order(StringComparer.Ordinal).ToList();
    }

    private static string? Target(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
