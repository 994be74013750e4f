namespace SiteGen.Archive;

/// <summary>One published bag of a report: its version, the day and note of that version, and the file as published.</summary>
public sealed record BagVersion(int Number, DateOnly Date, string? Note, string Path, long Size, string Sha256);
