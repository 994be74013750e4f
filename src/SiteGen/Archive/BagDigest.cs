namespace SiteGen.Archive;

/// <summary>One file of a bag as `verify` keeps it: its unpacked length and its checksums (lower-case hex) by algorithm name.</summary>
internal sealed record BagDigest(long Length, IReadOnlyDictionary<string, string> Checksums);
