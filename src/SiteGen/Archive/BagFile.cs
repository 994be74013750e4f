namespace SiteGen.Archive;

/// <summary>A file inside a bag, by its path relative to the bag's folder ("data/site/…", "bagit.txt").</summary>
public sealed record BagFile(string Path, byte[] Content);
