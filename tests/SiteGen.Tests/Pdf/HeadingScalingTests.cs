using System.Diagnostics;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Pdf;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pdf;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "runs alone, so process CPU time is its own";
}

/// <summary>
/// Typesetting time grows near-linearly with the number of headings (each one a bookmark, a named destination,
/// a contents line with a link). PDFsharp's parent tree and name tree made it quadratic: 10,000 headings took
/// two minutes. Measured as a ratio of CPU time between two sizes, so a slow machine does not fail it.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class HeadingScalingTests
{
    [Fact]
    public void Ten_times_the_headings_costs_far_less_than_a_hundred_times_the_typesetting()
    {
        var edition = EditionsLoader().Single(e => e.Name == "screen");
        Typeset(edition, 50); // warm up fonts, JIT and caches
        var small = Typeset(edition, 300);
        var large = Typeset(edition, 3000);
        var ratio = large.TotalMilliseconds / small.TotalMilliseconds;
        // Linear is 10; the quadratic parts made it well over 40 at these sizes.
        Assert.True(ratio < 25, $"3000 headings took {large.TotalMilliseconds:F0} ms of CPU, 300 took {small.TotalMilliseconds:F0} ms: ratio {ratio:F1}");
    }

    private static TimeSpan Typeset(PdfEdition edition, int headings)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= headings; i++)
        {
            body.Append($"## 第{i}节\n\n第{i}段正文。\n\n");
        }

        var report = Reports.Body(body.ToString());
        var bag = new DiagnosticBag();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = PdfEditions.Render(report, edition, Path.GetTempPath(), bag);
        var spent = Process.GetCurrentProcess().TotalProcessorTime - before;
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity == Severity.Error);
        Assert.NotNull(result);
        return spent;
    }

    private static List<PdfEdition> EditionsLoader()
    {
        var bag = new DiagnosticBag();
        return EditionSettingsLoader.Load(null, Path.Combine(Reports.RepoRoot, "templates"), bag);
    }
}
