namespace SiteGen.Output;

/// <summary>
/// A path with every symbolic link resolved, in the folders above it too, the way the kernel would follow it;
/// the parts that do not exist yet are kept as written. Used to compare folders (is the output inside the
/// input?) and to keep the build's reads inside the input folder.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows before it answers ELOOP.</summary>
    private const int MaxLinks = 40;

    public static StringComparison Comparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <exception cref="SymlinkLoopException">The links lead in a circle (or more than 40 deep).</exception>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.Combine(Environment.CurrentDirectory, path), ref links, path);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies somewhere inside it (both resolved).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var a = inner.TrimEnd(Path.DirectorySeparatorChar);
        var b = outer.TrimEnd(Path.DirectorySeparatorChar);
        return a.Equals(b, Comparison)
            || b.Length == 0 // the file-system root holds everything
            || a.StartsWith(b + Path.DirectorySeparatorChar, Comparison);
    }

    private static string Resolve(string absolute, ref int links, string asGiven)
    {
        var root = Path.GetPathRoot(absolute) ?? "/";
        var parts = absolute[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == ".")
            {
                continue;
            }

            if (parts[i] == "..")
            {
                // ".." after a resolved link climbs from where the link led, as the kernel does.
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, parts[i]);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new SymlinkLoopException(asGiven);
            }

            var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
            var resolvedTarget = Path.Combine(current, target); // an absolute target replaces current
            return Resolve(rest.Length == 0 ? resolvedTarget : Path.Combine(resolvedTarget, rest), ref links, asGiven);
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null; // not there (yet): nothing to follow
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
