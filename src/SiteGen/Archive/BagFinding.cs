namespace SiteGen.Archive;

/// <summary>One thing wrong with a bag; <see cref="Path"/> is relative to the bag's folder when a file is at fault.</summary>
public sealed record BagFinding(string? Path, string Message)
{
    public override string ToString() => Path is null ? Message : $"{Path}: {Message}";
}
