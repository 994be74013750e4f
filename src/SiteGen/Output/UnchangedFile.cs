namespace SiteGen.Output;

/// <summary>
/// Reuses a file of the previous output when the new build made the same bytes: a hard link into the
/// staging folder instead of a write, for the files made afresh (site pages, bags, the manifest); cache hits
/// are linked from the cache, which checks their hashes.
/// </summary>
internal static class UnchangedFile
{
    private const int Chunk = 1 << 20;

    public static bool TryLink(string previous, ReadOnlySpan<byte> content, string staged)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null || !SameBytes(previous, content))
        {
            return false;
        }

        return HardLink.TryCreate(previous, staged);
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(Chunk, Math.Max(1, content.Length))];
        var offset = 0;
        while (offset < content.Length)
        {
            var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
            if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }
}
