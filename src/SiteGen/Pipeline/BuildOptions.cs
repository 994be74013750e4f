namespace SiteGen.Pipeline;

/// <summary>What the user asked for on the command line, as absolute paths.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    /// <summary>A site's own templates folder; its files override the built-in templates of the same name.</summary>
    public string? TemplatesDirectory { get; init; }
    /// <summary>The built-in templates folder (the repository's templates/).</summary>
    public required string DefaultTemplatesDirectory { get; init; }
    /// <summary>Which format families to build; HTML is always built.</summary>
    public bool BuildPdf { get; init; } = true;
    public bool BuildEpub { get; init; } = true;
    public bool BuildArchive { get; init; } = true;
    /// <summary>Reuse per-report results from the cache beside the output folder (see BuildCache).</summary>
    public bool UseCache { get; init; } = true;
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Reports with `draft: true` are built and shown (marked, noindex): `serve` only. A published build leaves them out.</summary>
    public bool IncludeDrafts { get; init; }
    /// <summary>
    /// `serve` or `build --preview`: base_url may be missing or local; the build then uses a local address
    /// (<see cref="PreviewBaseUrl"/>, or site.yml's own if that is local) and marks every file that carries it as
    /// a preview. Off (a publication build), base_url must be the real address, see Site.PublicationAddress.
    /// </summary>
    public bool Preview { get; init; }
    /// <summary>The local address a preview's links and identifiers are made from (serve: the address it listens on).</summary>
    public string PreviewBaseUrl { get; init; } = DefaultPreviewBaseUrl;
    public const string DefaultPreviewBaseUrl = "http://localhost:8000/";
    /// <summary>The build's clock: only warnings read it (a date far in the future), never anything written, so output stays the same.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
