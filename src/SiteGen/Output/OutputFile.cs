namespace SiteGen.Output;

/// <summary>A file the build will write, relative to the output folder with forward slashes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public long Size => Content.LongLength;
}
