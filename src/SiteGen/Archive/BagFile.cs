using SiteGen.Output;

namespace SiteGen.Archive;

/// <summary>
/// A file inside a bag, by its path relative to the bag's folder ("data/site/…", "bagit.txt"), with its size
/// and SHA-256 (for the bag's manifests) and a way to read it: published files are read from the staging
/// folder when the zip is written, never held in memory.
/// </summary>
public sealed record BagFile(string Path, long Size, string Sha256, Func<Stream> Open)
{
    public static BagFile Of(string path, byte[] content) =>
        new(path, content.LongLength, Archive.Sha256.Hex(content), () => new MemoryStream(content, writable: false));

    public static BagFile Of(string path, OutputFile file) => new(path, file.Size, file.Sha256, file.OpenRead);
}
