using SiteGen.Diagnostics;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Harness;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Html;

/// <summary>
/// An input folder built once through the whole pipeline (PDFs, EPUB, bags, pages, site pages) into a temporary
/// folder, so the pages checked are exactly the pages `sitegen build` publishes, downloads block included.
/// </summary>
public abstract class BuiltSite : IDisposable
{
    private readonly TempDir _output = new();

    protected BuiltSite(string inputDirectory)
    {
        Root = _output.Combine("site");
        Input = inputDirectory;
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = inputDirectory,
            OutputDirectory = Root,
            DefaultTemplatesDirectory = Path.Combine(Tools.RepoRoot, "templates"),
            MaxParallelism = 2,
        });
        Diagnostics = result.Diagnostics;
        if (!result.Written)
        {
            throw new InvalidOperationException($"the build of {inputDirectory} failed:\n" + string.Join("\n", result.Diagnostics));
        }

        HtmlPages = [.. result.State.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public string Root { get; }

    /// <summary>The input folder the site was built from.</summary>
    public string Input { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every HTML file of the build, relative to <see cref="Root"/>, forward slashes.</summary>
    public IReadOnlyList<string> HtmlPages { get; }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public virtual void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }
}
