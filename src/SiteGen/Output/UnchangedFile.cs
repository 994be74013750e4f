using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Reuses a file of the previous output when the new build made the same bytes: a hard link into the
/// staging folder instead of a write. After an edit of one report almost every file is unchanged, and
/// comparing is several times cheaper than writing. Only ever links output to output, never to the cache,
/// so nothing outside the output folder shares its files.
/// </summary>
internal static class UnchangedFile
{
    private const int Chunk = 1 << 20;

    public static bool TryLink(string previous, byte[] content, string staged)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != content.LongLength || info.LinkTarget is not null || !SameBytes(previous, content))
        {
            return false;
        }

        return Link(previous, staged) == 0;
    }

    private static bool SameBytes(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(Chunk, Math.Max(1, content.Length))];
        var offset = 0;
        while (offset < content.Length)
        {
            var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
            if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Link(string existing, string created);
}
