using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Archive;

/// <summary>Every built EPUB passes Debian's epubcheck with no error and no warning.</summary>
public sealed class EpubCheckTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [ToolFact(Tool.EpubCheck)]
    public void Every_built_epub_passes_epubcheck_with_no_errors_and_no_warnings()
    {
        Assert.NotEmpty(site.Epubs);
        foreach (var epub in site.Epubs)
        {
            var result = EpubChecker.Check(epub);
            Assert.True(result.IsValid && result.Warnings.Count == 0, result.Describe());
        }
    }
}
