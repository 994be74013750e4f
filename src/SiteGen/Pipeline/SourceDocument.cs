namespace SiteGen.Pipeline;

/// <summary>A Markdown file as read from disk, before parsing.</summary>
public sealed record SourceDocument(string RelativePath, string FullPath, string Text);
