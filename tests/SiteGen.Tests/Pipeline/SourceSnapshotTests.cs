using System.Collections.Immutable;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>Issue 9: a source edited during a build must not yield a bag whose source disagrees with its pages.</summary>
public sealed class SourceSnapshotTests : IDisposable
{
    private const string Markdown = "---\ntitle: 快照\ndate: 2021-02-01\nslug: snap\n---\n\n## 概述\n\n正文。\n";
    private readonly TempInput _input = new();

    [Fact]
    public void A_file_that_changed_since_its_first_read_is_reported_once_and_unchanged_reads_are_quiet()
    {
        _input.Write("a.md", "one");
        var diagnostics = new DiagnosticBag();
        var snapshot = new SourceSnapshot(_input.Input, diagnostics);
        var hash = snapshot.HashOf("a.md");
        Assert.Equal("one"u8.ToArray(), snapshot.Read("a.md"));
        Assert.Empty(diagnostics.Sorted());

        _input.Write("a.md", "two");
        snapshot.Read("a.md");
        snapshot.Read("a.md");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.SourceChangedDuringBuild, error.Code);
        Assert.Equal("a.md", error.Location.File);
        Assert.Equal(hash, snapshot.HashOf("a.md"));
    }

    [Fact]
    public void A_report_edited_between_rendering_and_packing_stops_the_build_and_writes_nothing()
    {
        _input.Write("snap/report.md", Markdown);
        var options = _input.Options with { BuildPdf = false };
        var build = SitePipeline.BuildPhases(options);
        ImmutableArray<Phase> phases = [.. build.Take(build.Length - 1), new Phase("edit", [new EditSource(Path.Combine(_input.Input, "snap", "report.md"))]), build[^1]];

        var result = SiteBuilder.Build(options, phases);

        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SourceChangedDuringBuild && d.Location.File == "snap/report.md");
        Assert.False(Directory.Exists(_input.Output));
        Assert.Empty(Directory.EnumerateDirectories(_input.Root, ".output.staging-*"));
    }

    [Fact]
    public void The_same_build_without_the_edit_succeeds()
    {
        _input.Write("snap/report.md", Markdown);
        var result = SiteBuilder.Build(_input.Options with { BuildPdf = false });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(_input.Output, "archive", "snap-v1.zip")));
    }

    public void Dispose() => _input.Dispose();

    /// <summary>Saves an edit of the report, as a user's editor would in the middle of a build.</summary>
    private sealed class EditSource(string path) : IBuildStep
    {
        public string Name => nameof(EditSource);

        public BuildState Run(BuildState state, BuildContext context)
        {
            File.AppendAllText(path, "\n构建中途新增的一段。\n");
            return state;
        }
    }
}
