using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;
using MdInline = Markdig.Syntax.Inlines.Inline;
using MdLink = Markdig.Syntax.Inlines.LinkInline;

namespace SiteGen.Ingest;

/// <summary>Turns Markdig inlines into model inlines; drops raw HTML and unsafe links with an error.</summary>
internal sealed class InlineConverter(ConversionScope scope, FootnoteRegistry footnotes)
{
    public ImmutableArray<Model.Inline> Convert(ContainerInline? container)
    {
        var result = ImmutableArray.CreateBuilder<Model.Inline>();
        if (container is null)
        {
            return result.ToImmutable();
        }

        foreach (var inline in container)
        {
            AddTo(result, inline);
        }

        return result.ToImmutable();
    }

    private void AddTo(ImmutableArray<Model.Inline>.Builder result, MdInline inline)
    {
        if (inline is MdLink { IsImage: false } link && LinkPolicy.Check(link.Url ?? "") is null)
        {
            ReportUnsafe(link.Url ?? "", link);
            result.AddRange(Convert(link)); // keep the words, lose the link
            return;
        }

        if (inline.GetType() == typeof(ContainerInline))
        {
            result.AddRange(Convert((ContainerInline)inline));
            return;
        }

        var converted = ConvertOne(inline);
        if (converted is not null)
        {
            result.Add(converted);
        }
    }

    private Model.Inline? ConvertOne(MdInline inline) => inline switch
    {
        LiteralInline literal => new TextInline(literal.Content.ToString()),
        HtmlEntityInline entity => new TextInline(entity.Transcoded.ToString()),
        Markdig.Syntax.Inlines.CodeInline code => new Model.CodeInline(code.Content),
        Markdig.Syntax.Inlines.LineBreakInline br => br.IsHard ? new Model.LineBreakInline() : new TextInline(InlineNormalizer.SoftBreak),
        Markdig.Syntax.Inlines.EmphasisInline em => em.DelimiterCount >= 2
            ? new StrongInline(Convert(em))
            : new Model.EmphasisInline(Convert(em)),
        FootnoteLink note when !note.IsBackLink => footnotes.Reference(note.Footnote),
        AutolinkInline auto => Link(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, null, [new TextInline(auto.Url)], auto),
        MdLink { IsImage: true } image => Image(image),
        MdLink link => Link(link.Url ?? "", link.Title, Convert(link), link),
        HtmlInline html => DropHtml(html),
        _ => null,
    };

    private Model.Inline? DropHtml(HtmlInline html)
    {
        if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            scope.Diagnostics.Error(DiagnosticCodes.RawHtmlDropped, MarkdownSyntax.CommentMessage, scope.At(html.Line, html.Column));
            return null;
        }

        scope.Diagnostics.Error(DiagnosticCodes.RawHtmlDropped,
            $"raw HTML '{Shorten(html.Tag)}' is not allowed in a report and was dropped; write it in Markdown instead",
            scope.At(html.Line, html.Column));
        return null;
    }

    private Model.Inline? Link(string href, string? title, ImmutableArray<Model.Inline> children, MdInline source)
    {
        var safe = LinkPolicy.Check(href);
        if (safe is null)
        {
            ReportUnsafe(href, source);
            return null;
        }

        var link = new Model.LinkInline(safe, string.IsNullOrEmpty(title) ? null : title, children);
        if (link.Kind != LinkKind.LocalFile)
        {
            return link;
        }

        return AttachmentResolver.Resolve(link, scope.At(source.Line, source.Column), scope);
    }

    private void ReportUnsafe(string href, MdInline source) =>
        scope.Diagnostics.Error(DiagnosticCodes.UnsafeLink,
            $"the link '{Shorten(href)}' uses a scheme that could run code or load outside content and was dropped; use http, https, mailto, a relative path or #anchor",
            scope.At(source.Line, source.Column));

    private ImageInline Image(MdLink image) =>
        new(ImageResolver.Resolve(image, InlineText.Of(Convert(image)), scope));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
