namespace SiteGen.Output;

/// <summary>
/// A file the build made, relative to the output folder with forward slashes: a handle on its bytes in the
/// staging folder (path, size, SHA-256), never the bytes themselves, so the build's memory does not grow with
/// the size of its output. Read it with <see cref="OpenRead"/> (bags, the manifest) or <see cref="ReadAllBytes"/>.
/// </summary>
public sealed record OutputFile(string Path, long Size, string Sha256)
{
    /// <summary>The folder holding the file: the staging folder during the build, the output folder after it.</summary>
    public required OutputStage Stage { get; init; }

    public string FullPath => Stage.FullPathOf(Path);

    public Stream OpenRead() =>
        new FileStream(FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);

    public byte[] ReadAllBytes() => File.ReadAllBytes(FullPath);
}
