using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Archive;

/// <summary>The repository's input built once with the real CLI, shared by the tests of a class.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempDir _root = new();

    public BuiltSite()
    {
        Output = _root.Combine("output");
        Result = CliRun.Sitegen(_root.Path, null, "build", "--input", RepoInput.Folder, "--output", Output);
        if (Result.ExitCode != 0)
        {
            throw new InvalidOperationException("the build of input/ failed:\n" + Result);
        }
    }

    internal CliRun.Result Result { get; }

    public string Output { get; }

    public string Root => _root.Path;

    public IReadOnlyList<string> Bags => Directory.GetFiles(Path.Combine(Output, "archive"), "*.zip").Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Epubs => Directory.GetFiles(Output, "*.epub", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _root.Dispose();
}
