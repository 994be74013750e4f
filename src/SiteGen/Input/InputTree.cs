using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Input;

/// <summary>
/// Finds the reports' Markdown under the input folder, in a stable order, the safe way: hidden files and
/// folders are skipped, a link is followed only when it stays inside the folder, a link that leads nowhere
/// or back to a folder above it is reported once, and no folder is read twice.
/// </summary>
internal static class InputTree
{
    public static IReadOnlyList<string> MarkdownFiles(string inputDirectory, DiagnosticBag diagnostics)
    {
        var root = RealPath.Resolve(inputDirectory);
        var found = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root };
        var loops = new HashSet<string>(StringComparer.Ordinal);
        Walk(inputDirectory, inputDirectory, root, visited, loops, found, diagnostics);
        return found;
    }

    private static void Walk(string folder, string input, string realFolder, HashSet<string> visited, HashSet<string> loops, List<string> found, DiagnosticBag diagnostics)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            .OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue; // hidden: .git/, .secret.md, editors' .swp files are never published
            }

            var relative = Path.GetRelativePath(input, entry.FullName).Replace('\\', '/');
            var at = SourceLocation.FileOnly(relative);
            var isMarkdown = entry.Name.EndsWith(".md", StringComparison.Ordinal);
            if (entry.LinkTarget is null)
            {
                if (entry is DirectoryInfo && visited.Add(Path.Combine(realFolder, entry.Name)))
                {
                    Walk(entry.FullName, input, Path.Combine(realFolder, entry.Name), visited, loops, found, diagnostics);
                }
                else if (isMarkdown)
                {
                    found.Add(entry.FullName);
                }
                else if (entry is FileInfo && MisnamedMarkdown(entry.Name) is { } rename)
                {
                    diagnostics.Warning(DiagnosticCodes.MarkdownNotRead,
                        $"'{relative}' looks like a report but is not read: only files ending in '.md' are; rename it to '{rename}' to publish it",
                        at);
                }

                continue;
            }

            if (!isMarkdown && File.Exists(entry.FullName))
            {
                continue; // a linked image or attachment is checked where a report uses it (ImageResolver)
            }

            if (LinkLoop.Members(entry.FullName) is { } members)
            {
                // Each link of a loop leads into the same circle: say so once, naming every link in it.
                if (loops.Add(members[0]))
                {
                    var names = string.Join(", ", members.Select(m => $"'{Path.GetRelativePath(input, m).Replace('\\', '/')}'"));
                    diagnostics.Error(DiagnosticCodes.BrokenLink,
                        members.Count > 1
                            ? $"{names} are symbolic links that lead to each other in a loop; replace them with the files"
                            : $"{names} is a symbolic link that leads to itself, a loop; replace it with the file", SourceLocation.FileOnly(Path.GetRelativePath(input, members[0]).Replace('\\', '/')));
                }

                continue;
            }

            if (InputPaths.Refuse(entry.FullName, input, $"'{relative}'", at, diagnostics) is not null)
            {
                continue;
            }

            var real = RealPath.Resolve(entry.FullName);
            if (Directory.Exists(real))
            {
                if (RealPath.IsSameOrInside(realFolder, real))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, $"'{relative}' is a symbolic link to a folder that holds it, a loop; remove the link", at);
                }
                else if (visited.Add(real))
                {
                    Walk(entry.FullName, input, real, visited, loops, found, diagnostics);
                }
            }
            else if (File.Exists(real))
            {
                if (isMarkdown)
                {
                    found.Add(entry.FullName);
                }
            }
            else if (isMarkdown)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, $"'{relative}' is a symbolic link to '{entry.LinkTarget}', which does not exist; replace the link with the report", at);
            }
        }
    }

    /// <summary>
    /// The name a Markdown file saved by another program should have ("报告.MD", "a.markdown", "a.md.txt" →
    /// "….md"), or null for a file that is not Markdown. Such files used to be skipped without a word.
    /// </summary>
    internal static string? MisnamedMarkdown(string name)
    {
        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var ending in (string[])[".md", ".markdown", ".md.txt", ".markdown.txt"])
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && name.Length > ending.Length)
            {
                return name[..^ending.Length] + ".md";
            }
        }

        return null;
    }
}
