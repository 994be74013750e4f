namespace SiteGen.Import;

/// <summary>The front matter the importer found; null where the document did not say.</summary>
internal sealed record ImportedFrontMatter
{
    public required string Title { get; init; }

    public DateOnly? Date { get; init; }

    public required string Lang { get; init; }

    public string? Subtitle { get; init; }

    public string? Organization { get; init; }

    public string? Author { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Slug { get; init; }
}
