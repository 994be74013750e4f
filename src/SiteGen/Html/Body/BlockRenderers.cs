using SiteGen.Model;

namespace SiteGen.Html.Body;

/// <summary>h2–h6 with the ingestion's id; the permalink sits beside the heading, not inside it, so the
/// heading's accessible name stays the heading's text.</summary>
internal sealed class HeadingRenderer : NodeRenderer<HeadingBlock>
{
    protected override void Write(BodyRenderer renderer, HeadingBlock node)
    {
        var tag = "h" + node.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var withLink = renderer.Options.HeadingPermalinks && !renderer.InNotes;
        if (withLink)
        {
            renderer.Out.Start("div", ("class", "heading"));
        }

        renderer.Out.Start(tag, ("id", node.Id));
        renderer.WriteInlines(node.Content);
        renderer.Out.End(tag);
        if (withLink)
        {
            // The heading's own text is not repeated in the label: a screen reader has just read it.
            var label = renderer.Language.SectionLink;
            renderer.Out.Start("a", ("class", "permalink"), ("href", "#" + node.Id), ("aria-label", label))
                .Text("#").End("a").End("div");
        }
    }
}

/// <summary>
/// A paragraph with its id; the citation link draws its mark from CSS so copied text stays clean. The link is for
/// the mouse and touch: it is hidden from assistive technology and out of the tab order, because one link per
/// paragraph made every paragraph end with "link to paragraph N" in speech and tripled the tab stops. Keyboard and
/// screen-reader users get the section's link beside each heading and reach any paragraph through the search.
/// </summary>
internal sealed class ParagraphRenderer : NodeRenderer<ParagraphBlock>
{
    protected override void Write(BodyRenderer renderer, ParagraphBlock node)
    {
        var id = string.IsNullOrEmpty(node.Id) ? null : node.Id;
        renderer.Out.Start("p", ("id", id));
        renderer.WriteInlines(node.Content);
        if (id is not null && renderer.Options.ParagraphLinks && !renderer.InNotes)
        {
            renderer.ParagraphCount++;
            renderer.Out.Start("a", ("class", "cite"), ("href", "#" + id), ("aria-hidden", "true"), ("tabindex", "-1"),
                ("title", renderer.Language.ParagraphLink(renderer.ParagraphCount))).End("a");
        }

        var trailer = renderer.ParagraphTrailer;
        renderer.ParagraphTrailer = null;
        trailer?.Invoke(renderer);
        renderer.Out.End("p");
    }
}

internal sealed class ListRenderer : NodeRenderer<ListBlock>
{
    protected override void Write(BodyRenderer renderer, ListBlock node)
    {
        var tag = node.Ordered ? "ol" : "ul";
        var start = node.Ordered && node.Start != 1
            ? node.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
        renderer.Out.Start(tag, ("start", start)).Line();
        foreach (var item in node.Items)
        {
            renderer.Out.Start("li");
            renderer.WriteBlocks(item.Blocks);
            renderer.Out.End("li").Line();
        }

        renderer.Out.End(tag);
    }
}

internal sealed class QuoteRenderer : NodeRenderer<QuoteBlock>
{
    protected override void Write(BodyRenderer renderer, QuoteBlock node)
    {
        renderer.Out.Start("blockquote").Line();
        renderer.WriteBlocks(node.Blocks);
        renderer.Out.End("blockquote");
    }
}

/// <summary>
/// A code block keeps its lines, so a long one scrolls sideways inside the block (CSS overflow-x: auto); the block is
/// focusable (tabindex 0) so the keyboard can scroll it too (WCAG 2.1.1; axe scrollable-region-focusable).
/// </summary>
internal sealed class CodeBlockRenderer : NodeRenderer<CodeBlock>
{
    protected override void Write(BodyRenderer renderer, CodeBlock node)
    {
        var language = node.Language is { Length: > 0 } name && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#')
            ? "language-" + name
            : null;
        renderer.Out.Start("pre", ("tabindex", "0")).Start("code", ("class", language)).Text(node.Text).End("code").End("pre");
    }
}

internal sealed class ThematicBreakRenderer : NodeRenderer<ThematicBreakBlock>
{
    protected override void Write(BodyRenderer renderer, ThematicBreakBlock node) => renderer.Out.Void("hr");
}
