using SiteGen.Diagnostics;
using SiteGen.Epub;
using SiteGen.Model;

namespace SiteGen.Tests.Epub;

public sealed class NavEntryTests
{
    private static readonly SourceLocation At = new("r.md", 1, 1);

    [Fact]
    public void A_skipped_level_nests_one_step_and_a_higher_level_closes_the_branch()
    {
        var tree = NavEntry.Tree([H(2, "a"), H(4, "a1"), H(3, "a2"), H(2, "b"), H(3, "b1")]);
        Assert.Equal(["a", "b"], tree.Select(e => e.Id));
        Assert.Equal(["a1", "a2"], tree[0].Children.Select(e => e.Id));
        Assert.Equal(["b1"], tree[1].Children.Select(e => e.Id));
    }

    [Fact]
    public void A_report_starting_below_its_top_level_keeps_every_heading() =>
        Assert.Equal(["x", "y"], NavEntry.Tree([H(3, "x"), H(2, "y")]).Select(e => e.Id));

    private static HeadingBlock H(int level, string id) => new(level, id, [new TextInline(id)], At);
}
