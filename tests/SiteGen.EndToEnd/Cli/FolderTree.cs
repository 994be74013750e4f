using System.Security.Cryptography;

namespace SiteGen.EndToEnd.Cli;

/// <summary>Every file under a folder as relative path → SHA-256, links included as "-> target": "byte-identical" in one value.</summary>
public static class FolderTree
{
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return tree;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var name = Path.GetRelativePath(folder, entry.FullName);
            tree[name] = entry.LinkTarget is { } target ? "-> " + target
                : entry is FileInfo file ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))
                : "dir";
        }

        return tree;
    }
}
