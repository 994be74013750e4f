namespace SiteGen.Output;

/// <summary>Where, in the report's reading order, a page of a paged edition begins.</summary>
public enum PageBreakPlace
{
    /// <summary>The page holds only what comes before the body (the cover, the contents): before the title.</summary>
    BeforeTitle,

    /// <summary>The page's first block that starts on it is <see cref="PageBreak.BlockId"/>.</summary>
    BeforeBlock,

    /// <summary>No block starts on or after this page (it only continues the last one): after the body.</summary>
    AfterBody,
}

/// <summary>
/// One page of a paged edition placed in the reading order, to the block: a reader of a reflowable format (the
/// EPUB's page list) can cite the page as printed. <see cref="Label"/> is the number printed on the page.
/// </summary>
public sealed record PageBreak(string Label, PageBreakPlace Place, string? BlockId = null);
