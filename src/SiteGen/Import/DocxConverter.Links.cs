using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Links, from w:hyperlink and from HYPERLINK fields. A link to a bookmark is written to a placeholder anchor
/// and settled once the headings are known (<see cref="InternalLinks"/>): a heading's bookmark becomes its
/// anchor, any other keeps the words and loses the link, with a warning.
/// </summary>
internal sealed partial class DocxConverter
{
    /// <summary>Placeholder anchor → (bookmark name, link text as Markdown).</summary>
    public List<(string Anchor, string Bookmark, string Text)> InternalLinks { get; } = [];

    private void ReadHyperlink(Hyperlink link, ParagraphContext context, RunFormat format)
    {
        var inner = new ParagraphContext(new InlineBuilder(), context.Part, context.Inline);
        WalkChildren(link, inner, format);
        context.After.AddRange(inner.After);
        var target = link.Anchor?.Value is { Length: > 0 } anchor ? "#" + anchor
            : link.Id?.Value is { } id ? context.Part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString ?? ""
            : "";
        if (link.DocLocation?.Value is { Length: > 0 } location && !target.StartsWith('#'))
        {
            target += "#" + location;
        }

        EmitLink(inner.Builder, target, context.Builder);
    }

    private void ReadSimpleField(SimpleField field, ParagraphContext context, RunFormat format)
    {
        var instruction = field.Instruction?.Value ?? "";
        switch (FieldInstruction.Name(instruction))
        {
            case "HYPERLINK":
                var inner = new ParagraphContext(new InlineBuilder(), context.Part, context.Inline);
                WalkChildren(field, inner, format);
                context.After.AddRange(inner.After);
                EmitLink(inner.Builder, FieldInstruction.HyperlinkTarget(instruction), Target(context));
                return;
            case "TOC" or "PAGE" or "NUMPAGES" or "SECTIONPAGES":
                _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportFieldLeftOut.With(MessageText.Value(instruction.Trim())));
                return;
            default:
                _place.Warning(DiagnosticCodes.ImportContentSimplified, Messages.ImportFieldAsText.With(MessageText.Value(instruction.Trim())));
                WalkChildren(field, context, format);
                return;
        }
    }

    private void FieldCharacter(FieldChar fieldChar, ParagraphContext context)
    {
        switch (fieldChar.FieldCharType?.InnerText)
        {
            case "begin":
                _fields.Begin();
                break;
            case "separate":
                _fields.Separate(_place, url => url);
                break;
            case "end":
                if (_fields.End(_place) is { } link)
                {
                    EmitLink(link.Text, link.Url ?? "", Target(context));
                }

                break;
        }
    }

    private void EmitLink(InlineBuilder text, string target, InlineBuilder into)
    {
        if (_fields.Hides && text.IsEmpty)
        {
            return; // an entry of a table of contents that is left out (its words were hidden too)
        }

        var words = text.ToMarkdown();
        var plain = text.PlainText;
        if (words.Length == 0)
        {
            words = MarkdownText.Escape(target);
            plain = target;
        }

        if (target.StartsWith('#'))
        {
            var anchor = $"word-link-{InternalLinks.Count + 1}";
            InternalLinks.Add((anchor, target[1..], words));
            into.Raw($"[{words}](#{anchor})", plain);
            return;
        }

        var kind = Model.LinkKinds.Of(target);
        if (kind is not (Model.LinkKind.Web or Model.LinkKind.Mail))
        {
            _place.Warning(DiagnosticCodes.ImportContentLeftOut,
                Messages.ImportLinkScheme.With(MessageText.Value(target)));
            into.Raw(words, plain);
            return;
        }

        into.Raw($"[{words}]({MarkdownText.Destination(target.Trim())})", plain);
    }
}
