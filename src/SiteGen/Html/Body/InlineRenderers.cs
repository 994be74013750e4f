using SiteGen.Model;

namespace SiteGen.Html.Body;

internal sealed class TextRenderer : NodeRenderer<TextInline>
{
    protected override void Write(BodyRenderer renderer, TextInline node) => renderer.Out.Text(node.Text);
}

internal sealed class StrongRenderer : NodeRenderer<StrongInline>
{
    protected override void Write(BodyRenderer renderer, StrongInline node)
    {
        renderer.Out.Start("strong");
        renderer.WriteInlines(node.Children);
        renderer.Out.End("strong");
    }
}

/// <summary>
/// em; the stylesheets draw Chinese emphasis with dots, never slanted (docs/typography.md rule 14). An emphasis the
/// model marked italic (Latin text) carries class="italic", which the Chinese stylesheets set in italic without dots.
/// </summary>
internal sealed class EmphasisRenderer : NodeRenderer<EmphasisInline>
{
    protected override void Write(BodyRenderer renderer, EmphasisInline node)
    {
        if (node.Mark == EmphasisMark.Italic) renderer.Out.Start("em", ("class", "italic"));
        else renderer.Out.Start("em");
        renderer.WriteInlines(node.Children);
        renderer.Out.End("em");
    }
}

internal sealed class CodeInlineRenderer : NodeRenderer<CodeInline>
{
    protected override void Write(BodyRenderer renderer, CodeInline node) =>
        renderer.Out.Start("code").Text(node.Text).End("code");
}

internal sealed class LineBreakRenderer : NodeRenderer<LineBreakInline>
{
    protected override void Write(BodyRenderer renderer, LineBreakInline node) => renderer.Out.Void("br");
}

/// <summary>A link whose target is not http(s), mailto, relative or a fragment loses its href and keeps its text.</summary>
internal sealed class LinkRenderer : NodeRenderer<LinkInline>
{
    protected override void Write(BodyRenderer renderer, LinkInline node)
    {
        var safe = SafeHref.IsSafe(node.Href);
        if (safe)
        {
            renderer.Out.Start("a", ("href", node.Href), ("title", string.IsNullOrEmpty(node.Title) ? null : node.Title));
        }

        renderer.WriteInlines(node.Children);
        if (safe)
        {
            renderer.Out.End("a");
        }
    }
}

internal sealed class ImageInlineRenderer : NodeRenderer<ImageInline>
{
    protected override void Write(BodyRenderer renderer, ImageInline node)
    {
        var source = renderer.Options.ImageSource(node.Image);
        if (source is not null && SafeHref.IsSafe(source))
        {
            renderer.Out.Void("img", ("class", "inline"), ("src", source), ("alt", node.Image.Alt), ImageSize.Width(node.Image), ImageSize.Height(node.Image));
        }
        else
        {
            renderer.Out.Text(node.Image.Alt);
        }
    }
}

internal sealed class FootnoteRefRenderer : NodeRenderer<FootnoteRefInline>
{
    protected override void Write(BodyRenderer renderer, FootnoteRefInline node)
    {
        var number = node.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Out.Start("sup", ("class", "noteref"))
            .Start("a", ("id", node.RefId), ("href", "#" + node.FootnoteId), ("role", "doc-noteref"),
                ("aria-label", renderer.Language.NoteReference(node.Number)))
            .Text("[" + number + "]").End("a").End("sup");
    }
}
