namespace SiteGen.Model;

/// <summary>One correction of a published report, from its front matter's <c>revisions:</c> list.</summary>
/// <param name="Date">The day the corrected report was published.</param>
/// <param name="Note">What changed, one line as written (e.g. "更正第三部分一处数字").</param>
public sealed record Revision(DateOnly Date, string Note);
