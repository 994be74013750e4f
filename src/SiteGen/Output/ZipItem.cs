namespace SiteGen.Output;

/// <summary>One file of a zip being built; <see cref="Store"/> forbids compression (an EPUB's mimetype).</summary>
public sealed record ZipItem(string Name, byte[] Content, bool Store = false)
{
    public ZipSource ToSource() => new(Name, () => new MemoryStream(Content, writable: false), Store);
}
