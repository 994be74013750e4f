namespace SiteGen.Archive;

/// <summary>One published bag of a report: its version, the day and note of that version, and the file as published.</summary>
/// <param name="Preview">Made by a preview build (local identifiers, "Preview: yes"): a publication never carries it over.</param>
public sealed record BagVersion(int Number, DateOnly Date, string? Note, string Path, long Size, string Sha256, bool Preview = false);
