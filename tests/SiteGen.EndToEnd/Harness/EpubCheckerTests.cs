using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

public sealed class EpubCheckerTests
{
    [ToolFact(Tool.EpubCheck)]
    public void Accepts_a_minimal_valid_epub()
    {
        using var dir = new TempDir();
        var epub = dir.Combine("ok.epub");
        Samples.WriteMinimalEpub(epub);

        var result = EpubChecker.Check(epub);

        Assert.True(result.IsValid, result.Describe());
        Assert.Empty(result.Warnings);
        Assert.StartsWith("4.2", result.CheckerVersion);
    }

    [ToolFact(Tool.EpubCheck)]
    public void Rejects_a_broken_epub()
    {
        using var dir = new TempDir();
        var epub = dir.Combine("broken.epub");
        Samples.WriteMinimalEpub(epub, broken: true);

        var result = EpubChecker.Check(epub);

        Assert.False(result.IsValid, result.Describe());
        Assert.NotEqual(0, result.ExitCode);
        // RSC-001: a manifest item's file is missing; RSC-005: schema error (no dc:title).
        Assert.Contains(result.Errors, m => m.Id == "RSC-001");
        Assert.Contains(result.Errors, m => m.Id == "RSC-005");
        Assert.All(result.Errors, m => Assert.NotEmpty(m.Locations));
    }
}
