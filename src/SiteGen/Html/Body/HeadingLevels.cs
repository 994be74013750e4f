using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>
/// The level each heading is rendered at: the page's h1 is the title, so the body's top level becomes h2,
/// deeper levels shift with it, and a jump (h2 straight to h4) is closed so no level is skipped.
/// </summary>
internal sealed class HeadingLevels
{
    private readonly Dictionary<HeadingBlock, int> _levels;
    private readonly int _shift;

    private HeadingLevels(Dictionary<HeadingBlock, int> levels, int shift)
    {
        _levels = levels;
        _shift = shift;
    }

    public static HeadingLevels For(Report report)
    {
        var headings = report.Headings;
        var shift = headings.IsEmpty ? 0 : 2 - headings.Min(h => h.Level);
        var levels = new Dictionary<HeadingBlock, int>(ReferenceEqualityComparer.Instance);
        var previous = 1;
        foreach (var heading in headings)
        {
            var level = Math.Min(Clamp(heading.Level + shift), previous + 1);
            levels[heading] = level;
            previous = level;
        }

        return new HeadingLevels(levels, shift);
    }

    public int Of(HeadingBlock heading) =>
        _levels.TryGetValue(heading, out var level) ? level : Clamp(heading.Level + _shift);

    private static int Clamp(int level) => Math.Clamp(level, 2, 6);
}
