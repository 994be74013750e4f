namespace SiteGen.Output;

/// <summary>
/// One file of a zip read from wherever it lies (a staged file, bytes in memory). A stored entry is read twice,
/// once for its CRC and once to copy it, so a large file never sits in memory; an entry to deflate is read once.
/// </summary>
public sealed record ZipSource(string Name, Func<Stream> Open, bool Store = false);
