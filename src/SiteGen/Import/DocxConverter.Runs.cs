using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;
using M = DocumentFormat.OpenXml.Math;

namespace SiteGen.Import;

/// <summary>The walk through a paragraph's runs: text with its bold and emphasis, links, notes, fields and changes.</summary>
internal sealed partial class DocxConverter
{
    private void WalkChildren(OpenXmlElement parent, ParagraphContext context, RunFormat format)
    {
        foreach (var child in parent.ChildElements)
        {
            Walk(child, context, format);
        }
    }

    private void Walk(OpenXmlElement element, ParagraphContext context, RunFormat format)
    {
        switch (element)
        {
            case Run run:
                var runFormat = Format(run.RunProperties, format);
                foreach (var child in run.ChildElements)
                {
                    RunChild(child, context, runFormat);
                }

                break;
            case Hyperlink link:
                ReadHyperlink(link, context, format);
                break;
            case SimpleField field:
                ReadSimpleField(field, context, format);
                break;
            case InsertedRun or MoveToRun:
                Once(context, "inserted", DiagnosticCodes.ImportContentSimplified, Messages.ImportTrackedInsertion.With());
                WalkChildren(element, context, format);
                break;
            case DeletedRun or MoveFromRun:
                var deleted = string.Concat(element.Descendants<DeletedText>().Select(t => t.Text));
                if (deleted.Length > 0)
                {
                    _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportTrackedDeletion.With(MessageText.Value(deleted)));
                }

                break;
            case SdtRun sdt when sdt.SdtContentRun is { } content:
                WalkChildren(content, context, format);
                break;
            case CustomXmlRun or AlternateContentChoice:
                WalkChildren(element, context, format);
                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice) WalkChildren(choice, context, format);
                break;
            case M.OfficeMath or M.Paragraph:
                var math = string.Concat(element.Descendants<M.Text>().Select(t => t.Text));
                Target(context).Text(math, format.Strong, format.Emphasis);
                _place.Warning(DiagnosticCodes.ImportContentSimplified, Messages.ImportEquation.With(MessageText.Value(math)));
                break;
            case BookmarkStart bookmark when bookmark.Name?.Value is { } name:
                context.Bookmarks.Add(name);
                break;
            case ParagraphProperties or BookmarkEnd or ProofError or PermStart or PermEnd or CommentRangeStart or CommentRangeEnd
                or DocumentFormat.OpenXml.Wordprocessing.CustomXmlInsRangeStart or DocumentFormat.OpenXml.Wordprocessing.CustomXmlInsRangeEnd:
                break;
            default:
                if (element.HasChildren)
                {
                    WalkChildren(element, context, format); // a container Word may add (bdo, dir, …): its runs count
                }
                else if (!string.IsNullOrWhiteSpace(element.InnerText))
                {
                    _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportElementLeftOut.With($"{element.Prefix}:{element.LocalName}", MessageText.Value(element.InnerText)));
                }

                break;
        }
    }

    private void RunChild(OpenXmlElement child, ParagraphContext context, RunFormat format)
    {
        switch (child)
        {
            case Text text:
                if (!_fields.Hides) Target(context).Text(text.Text, format.Strong, format.Emphasis);
                break;
            case TabChar or PositionalTab:
                if (!_fields.Hides) Target(context).Text(" ", format.Strong, format.Emphasis);
                break;
            case Break br:
                if (!_fields.Hides && br.Type?.InnerText is null or "textWrapping") Target(context).Break();
                break; // page and column breaks belong to paper
            case CarriageReturn:
                if (!_fields.Hides) Target(context).Break();
                break;
            case NoBreakHyphen:
                if (!_fields.Hides) Target(context).Text("-", format.Strong, format.Emphasis);
                break;
            case FootnoteReference footnote when footnote.Id?.Value is { } id:
                NoteReference(context, endnote: false, id);
                break;
            case EndnoteReference endnote when endnote.Id?.Value is { } id:
                NoteReference(context, endnote: true, id);
                break;
            case Drawing or DocumentFormat.OpenXml.Wordprocessing.Picture:
                ReadDrawing(child, context);
                break;
            case EmbeddedObject:
                _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportEmbeddedObject.With());
                break;
            case FieldChar fieldChar:
                FieldCharacter(fieldChar, context);
                break;
            case FieldCode code:
                _fields.Instruction(code.Text);
                break;
            case CommentReference comment:
                Comment(comment.Id?.Value);
                break;
            case SymbolChar symbol:
                _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportSymbol.With(MessageText.Value(symbol.Font?.Value ?? "?"), MessageText.Value(symbol.Char?.Value ?? "?")));
                break;
            case Ruby ruby:
                WalkChildren(ruby.GetFirstChild<RubyBase>() ?? (OpenXmlElement)ruby, context, format);
                _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportRuby.With(MessageText.Value(ruby.GetFirstChild<RubyContent>()?.InnerText ?? "")));
                break;
            case AlternateContent alternate:
                if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice)
                {
                    foreach (var inner in choice.ChildElements) RunChild(inner, context, format);
                }

                break;
            case RunProperties or LastRenderedPageBreak or SoftHyphen or FootnoteReferenceMark or EndnoteReferenceMark or SeparatorMark
                or ContinuationSeparatorMark or AnnotationReferenceMark or DeletedText or DeletedFieldCode or PageNumber:
                break;
            default:
                if (!string.IsNullOrWhiteSpace(child.InnerText))
                {
                    _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportElementLeftOut.With($"{child.Prefix}:{child.LocalName}", MessageText.Value(child.InnerText)));
                }
                else if (child.LocalName is "dayShort" or "dayLong" or "monthShort" or "monthLong" or "yearShort" or "yearLong")
                {
                    _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportPrintDate.With());
                }

                break;
        }
    }

    private InlineBuilder Target(ParagraphContext context) => _fields.LinkTarget ?? context.Builder;

    private RunFormat Format(RunProperties? properties, RunFormat inherited)
    {
        if (properties is null)
        {
            return inherited;
        }

        var style = properties.RunStyle?.Val?.Value;
        var strong = properties.Bold is { } b ? WordValues.IsOn(b)
            : properties.BoldComplexScript is { } bcs ? WordValues.IsOn(bcs)
            : _styles.Toggle(style, r => (OnOffType?)r.Bold ?? r.BoldComplexScript) ?? inherited.Strong;
        var italic = properties.Italic is { } i ? WordValues.IsOn(i)
            : properties.ItalicComplexScript is { } ics ? WordValues.IsOn(ics)
            : _styles.Toggle(style, r => (OnOffType?)r.Italic ?? r.ItalicComplexScript) ?? false;
        var dots = properties.Emphasis is { } em ? WordValues.IsOn(em) : _styles.HasEmphasisMark(style);
        return new RunFormat(strong, italic || dots || inherited.Emphasis);
    }

    private void NoteReference(ParagraphContext context, bool endnote, long id)
    {
        var label = _notes.Reference(endnote, id, _place.Paragraph);
        if (label is null)
        {
            _place.Warning(DiagnosticCodes.ImportContentLeftOut, (endnote ? Messages.ImportMissingEndnote : Messages.ImportMissingFootnote).With(id));
            return;
        }

        Target(context).Raw($"[^{label}]", "");
    }

    private void Comment(string? id)
    {
        var comment = _main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().FirstOrDefault(c => c.Id?.Value == id);
        var text = comment is null ? null : MessageText.Value(string.Join(" ", comment.Descendants<Paragraph>().Select(p => p.InnerText)));
        var message = (text, comment?.Author?.Value) switch
        {
            (null, _) => Messages.ImportComment.With(),
            (_, { Length: > 0 } author) => Messages.ImportCommentBy.With(MessageText.Value(author), text),
            _ => Messages.ImportCommentText.With(text),
        };
        _place.Warning(DiagnosticCodes.ImportContentLeftOut, message);
    }

    private static void Once(ParagraphContext context, string kind, string code, Message message, ImportPlace place)
    {
        if (context.FirstTime(kind))
        {
            place.Warning(code, message);
        }
    }

    private void Once(ParagraphContext context, string kind, string code, Message message) => Once(context, kind, code, message, _place);
}
