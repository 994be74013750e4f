using System.IO.Compression;
using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// The rich sample parsed as usual, poisoned by <see cref="PoisonReports"/>, then taken through every render and
/// package step of the real build and written out: HTML, PDFs, EPUB, bags, feed, sitemap, manifest.
/// </summary>
public sealed class HostileSite : IDisposable
{
    private readonly TempDir _input = RichSampleInput.Create();
    private readonly TempDir _output = new();

    public HostileSite()
    {
        Root = _output.Combine("site");
        var options = new BuildOptions
        {
            InputDirectory = _input.Path,
            OutputDirectory = Root,
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            MaxParallelism = 2,
        };
        var build = SitePipeline.BuildPhases(options);
        var phases = SitePipeline.CheckPhases
            .Add(new Phase("poison", [new PoisonReports()]))
            .AddRange(build.Skip(SitePipeline.CheckPhases.Length));
        var diagnostics = new DiagnosticBag();
        var stage = OutputWriter.Begin(Root);
        var state = new BuildPipeline(phases).Run(new BuildState(), new BuildContext(options, diagnostics, NullBuildLog.Instance) { Output = stage });
        OutputWriter.Commit(stage, Root);
        HtmlPages = [.. state.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public string Root { get; }

    public IReadOnlyList<string> HtmlPages { get; }

    /// <summary>Every output file and every entry inside its zips (EPUB, bags), as (name, bytes).</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Everything()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(Root, file);
            var bytes = File.ReadAllBytes(file);
            yield return (name, bytes);
            if (name.EndsWith(".zip", StringComparison.Ordinal) || name.EndsWith(".epub", StringComparison.Ordinal))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => e.Length > 0))
                {
                    using var stream = entry.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    yield return ($"{name}!{entry.FullName}", copy.ToArray());
                }
            }
        }
    }

    public void Dispose()
    {
        _output.Dispose();
        _input.Dispose();
    }
}
