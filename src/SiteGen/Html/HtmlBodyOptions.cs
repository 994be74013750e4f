using SiteGen.Model;

namespace SiteGen.Html;

/// <summary>How the body renderer adapts to its host: the web page or the EPUB writer.</summary>
public sealed record HtmlBodyOptions
{
    /// <summary>The src of an image as the host publishes it; null leaves the image out (caption stays).</summary>
    public Func<ImageRef, string?> ImageSource { get; init; } = image => image.InputPath is null ? null : image.Source;

    /// <summary>Visible "#" links after headings.</summary>
    public bool HeadingPermalinks { get; init; } = true;

    /// <summary>Small links to each paragraph's id, for citing a paragraph.</summary>
    public bool ParagraphLinks { get; init; } = true;

    public static HtmlBodyOptions Default { get; } = new();
}
