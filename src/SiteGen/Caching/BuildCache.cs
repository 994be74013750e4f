using System.Collections.Concurrent;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Caching;

/// <summary>
/// Per-report results of render steps, kept between builds in a folder beside the output and keyed by
/// content hashes: the report's Markdown and images, the formats already published for it, the step's own
/// settings, and <see cref="BuildFingerprint"/> (SiteGen's code, templates, site.yml). Deleting the folder
/// only costs time. A step wraps its per-report work:
/// <code>var made = context.Cache.GetOrCreate(Name, report, state, diagnostics => Render(report, diagnostics));
/// state = made.ApplyTo(state, report.Slug);</code>
/// Whatever else the work reads (neighbouring reports, font files) must go into <c>settings</c>.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".sitegen-cache";

    private readonly CacheEntryStore? _store;
    private readonly SourceSnapshot? _sources;
    private readonly DiagnosticBag _sink;
    private readonly BuildProgress? _progress;
    private readonly Lazy<string> _fingerprint;
    private readonly ConcurrentDictionary<Used, byte> _used = new();
    private readonly OutputStage? _stage;

    private BuildCache(CacheEntryStore? store, OutputStage? stage, SourceSnapshot? sources, DiagnosticBag sink, BuildProgress? progress, Func<string> fingerprint)
    {
        _stage = stage;
        _progress = progress;
        _store = store;
        _sources = sources;
        _sink = sink;
        _fingerprint = new Lazy<string>(fingerprint, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public CacheStatistics Statistics { get; } = new();

    public bool Enabled => _store is not null;

    /// <summary>Where the cache of an output folder lives: &lt;parent&gt;/.sitegen-cache/&lt;output folder name&gt;.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        return Path.Combine(parent, FolderName, Path.GetFileName(output));
    }

    /// <param name="stage">Where a hit's files are linked (or copied) to: the build's staging folder.</param>
    /// <param name="sources">The build's snapshot of its input: the key hashes the bytes the build read.</param>
    public static BuildCache Open(BuildOptions options, OutputStage stage, SourceSnapshot sources, DiagnosticBag sink, BuildProgress? progress = null) =>
        new(new CacheEntryStore(FolderFor(options.OutputDirectory)), stage, sources, sink, progress, () => BuildFingerprint.Compute(options));

    /// <summary>A cache that remembers nothing: every call runs the work (for --no-cache and check).</summary>
    public static BuildCache Off(DiagnosticBag sink, BuildProgress? progress = null) => new(null, null, null, sink, progress, () => "");

    /// <summary>The hash of everything <paramref name="report"/>'s result of <paramref name="step"/> depends on.</summary>
    public string KeyFor(string step, Report report, BuildState state, params string[] settings)
    {
        var key = new CacheKey()
            .Add("step", step)
            .Add("fingerprint", _fingerprint.Value)
            .Add("source-path", report.SourcePath)
            .Add("source", report.SourceText)
            .Add("source-file", _sources?.HashOf(report.SourcePath) ?? "");
        foreach (var image in report.ImagePaths)
        {
            // The hash the build's first read took: the key and the output describe the same bytes.
            key.Add("image:" + image, _sources?.HashOf(image) ?? "");
        }

        foreach (var attachment in report.Attachments)
        {
            key.Add("attachment:" + attachment.InputPath, _sources?.HashOf(attachment.InputPath) ?? "");
        }

        // A link to another report was rewritten at linking from that report's slug, which its own source holds.
        foreach (var (link, _) in ReportLinks.Of(report).Where(l => l.Link.Kind == LinkKind.OtherReport))
        {
            key.Add("report-link", link.Href + "\n" + link.Url);
        }

        foreach (var format in state.FormatsOf(report.Slug))
        {
            key.Add("format", string.Create(CultureInfo.InvariantCulture,
                $"{format.Kind}|{format.Label}|{format.Path}|{format.MediaType}|{format.Size}|{format.PageCount}|{PageBreaksOf(format)}"));
        }

        for (var i = 0; i < settings.Length; i++)
        {
            key.Add("setting", settings[i]);
        }

        return key.Finish();
    }

    /// <summary>The print edition's page map is read by the EPUB (its page list): a new layout must make a new book.</summary>
    private static string PageBreaksOf(ReportFormat format) =>
        format.PageBreaks is null ? "" : string.Join(";", format.PageBreaks.Select(b => $"{b.Label},{b.Place},{b.BlockId}"));

    /// <summary>
    /// The cached result of <paramref name="step"/> for <paramref name="report"/>, or runs <paramref name="create"/>
    /// and keeps what it returns. <paramref name="create"/> reports into the bag it is given; its warnings are
    /// kept with the result and replayed on a hit, and a result with errors is never kept. Thread-safe.
    /// </summary>
    public CachedOutput GetOrCreate(string step, Report report, BuildState state,
        Func<DiagnosticBag, CachedOutput> create, params string[] settings)
    {
        return GetOrCreate(step, _store is null ? "" : KeyFor(step, report, state, settings), create);
    }

    /// <summary>The same with a key the caller built (see <see cref="CacheKey"/>); include the step's inputs in full.</summary>
    public CachedOutput GetOrCreate(string step, string key, Func<DiagnosticBag, CachedOutput> create)
    {
        try
        {
            return Lookup(step, key, create);
        }
        finally
        {
            _progress?.Advance();
        }
    }

    private CachedOutput Lookup(string step, string key, Func<DiagnosticBag, CachedOutput> create)
    {
        if (_store is null)
        {
            Statistics.Miss(step);
            return Run(create, out _);
        }

        _used[new Used(step, key)] = 0;
        if (_store.TryRead(step, key, _stage!, Statistics) is { } cached)
        {
            Statistics.Hit(step);
            foreach (var warning in cached.Warnings)
            {
                _sink.Add(warning);
            }

            return cached;
        }

        Statistics.Miss(step);
        var made = Run(create, out var hadErrors);
        if (!hadErrors)
        {
            _store.Write(step, key, made);
        }

        return made;
    }

    /// <summary>After a successful build: drops the entries of the steps that ran which this build did not use.</summary>
    public void Prune()
    {
        if (_store is null)
        {
            return;
        }

        foreach (var group in _used.Keys.GroupBy(k => k.Step, StringComparer.Ordinal))
        {
            _store.Prune(group.Key, group.Select(k => k.Key).ToHashSet(StringComparer.Ordinal));
        }

        _store.DeleteIncoming();
    }

    private CachedOutput Run(Func<DiagnosticBag, CachedOutput> create, out bool hadErrors)
    {
        var own = new DiagnosticBag();
        var made = create(own);
        var reported = own.Sorted();
        foreach (var diagnostic in reported)
        {
            _sink.Add(diagnostic);
        }

        hadErrors = reported.Any(d => d.Severity == Severity.Error);
        return made with { Warnings = [.. reported.Where(d => d.Severity == Severity.Warning)] };
    }

    /// <summary>
    /// An entry this build used. A class, not a value tuple: a concurrent dictionary keyed by a tuple is generic code
    /// ReadyToRun cannot precompile, JIT-compiled in every build with the cache on.
    /// </summary>
    private sealed record Used(string Step, string Key);
}
