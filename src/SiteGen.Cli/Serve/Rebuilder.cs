using SiteGen.Caching;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Builds once, then again whenever something under the input or templates folders changes: changes are
/// gathered for a moment (editors save in several writes) and builds never overlap; a change during a
/// build queues exactly one more. Changes inside the output folder or its cache are ignored. A rebuild
/// that throws (a bug, or a fault of the machine) is kept as <see cref="Crash"/> and reported, never lost
/// in a timer thread; the last good output stays served.
/// </summary>
internal sealed class Rebuilder : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private readonly BuildOptions _options;
    private readonly IBuildLog _log;
    private readonly Action<BuildResult> _built;
    private readonly Action<string> _crashed;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly string[] _ignored;
    private readonly string _ignoredPrefix;
    private int _pending;

    private readonly Func<BuildOptions, IBuildLog, BuildResult> _build;

    public Rebuilder(BuildOptions options, IBuildLog log, Action<BuildResult> built, Action<string> crashed, Func<BuildOptions, IBuildLog, BuildResult>? build = null)
    {
        _crashed = crashed;
        _build = build ?? ((o, l) => SiteBuilder.Build(o, l));
        _options = options;
        _log = log;
        _built = built;
        _debounce = new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        _ignored = [output, Path.GetDirectoryName(BuildCache.FolderFor(output))!];
        // The writer's staging and retired folders, .<output>.staging-<pid> and .<output>.previous-<pid>.
        _ignoredPrefix = Path.Combine(parent, "." + Path.GetFileName(output) + ".");
    }

    public BuildResult? Last { get; private set; }

    /// <summary>What went wrong when the latest build threw; null once a build finishes again.</summary>
    public string? Crash { get; private set; }

    public bool IsBuilding => _building.CurrentCount == 0;

    public async Task<BuildResult> BuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            Interlocked.Exchange(ref _pending, 0);
            var result = await Task.Run(() => _build(_options, _log));
            Last = result;
            Crash = null;
            _built(result);
            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Waits until no build is running (used when a file is missing mid-swap).</summary>
    public async Task IdleAsync(CancellationToken token)
    {
        await _building.WaitAsync(token);
        _building.Release();
    }

    public void Watch()
    {
        foreach (var folder in new[] { _options.InputDirectory, _options.TemplatesDirectory }.OfType<string>().Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
    }

    private void Crashed(SiteGen.Diagnostics.Message message)
    {
        Crash = Ui.Say(message);
        _crashed(Crash);
    }

    private void Changed(string path)
    {
        var full = Path.GetFullPath(path);
        if (full.StartsWith(_ignoredPrefix, StringComparison.Ordinal)
            || _ignored.Any(i => full == i || full.StartsWith(i + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return;
        }

        Interlocked.Exchange(ref _pending, 1);
        _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private async Task RebuildAsync()
    {
        if (Volatile.Read(ref _pending) == 0)
        {
            return;
        }

        try
        {
            await BuildAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Crashed(CliMessages.RebuildFileFault.With(e.Message));
        }
        catch (Exception e)
        {
            Crashed(CliMessages.RebuildCrashed.With(e.GetType().Name, e.Message));
        }

        if (Volatile.Read(ref _pending) == 1)
        {
            _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }
}
