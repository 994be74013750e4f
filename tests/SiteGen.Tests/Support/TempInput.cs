using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Support;

/// <summary>A throwaway input folder with reports written by the test; deleted afterwards.</summary>
public sealed class TempInput : IDisposable
{
    public TempInput()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N"));
        Input = Path.Combine(Root, "input");
        Output = Path.Combine(Root, "output");
        Directory.CreateDirectory(Input);
        // A publication build needs a real base_url (SG050); tests that are about site.yml write their own.
        Write("site.yml", SiteYml);
    }

    /// <summary>The site.yml every temporary input starts with: a real-looking address, as a publication needs.</summary>
    public const string SiteYml = "base_url: " + RealBaseUrl + "\n";
    public const string RealBaseUrl = "https://www.bozhou.gov.cn/test-archive/";

    public string Root { get; }
    public string Input { get; }
    public string Output { get; }

    public TempInput Write(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempInput WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BuildOptions Options => new()
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
    };

    public BuildResult Check() => SiteBuilder.Check(Options);

    public IReadOnlyList<Diagnostic> Diagnostics() => Check().Diagnostics;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
