using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// Reads a Word document's body into import blocks: paragraphs with their style's meaning and Word's numbers,
/// tables, figures, and the notes they refer to. Everything it cannot carry is named at its paragraph.
/// </summary>
internal sealed partial class DocxConverter
{
    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly ImportPlace _place;
    private readonly WordStyles _styles;
    private readonly WordNumbering _numbering;
    private readonly ImageStore _images;
    private readonly NoteStore _notes;
    private readonly FieldStack _fields = new();
    private readonly List<string> _pendingBookmarks = [];

    public DocxConverter(WordprocessingDocument document, ImportPlace place, ImageStore images)
    {
        _document = document;
        _main = document.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
        _place = place;
        _styles = new WordStyles(_main.StyleDefinitionsPart?.Styles);
        _numbering = new WordNumbering(_main.NumberingDefinitionsPart?.Numbering);
        _images = images;
        _notes = new NoteStore(_main);
    }

    /// <summary>Bookmark name → the block it marks, so links to bookmarks on headings can become #anchors.</summary>
    public Dictionary<string, ParagraphBlock> Bookmarks { get; } = new(StringComparer.Ordinal);

    public List<ImportBlock> ReadBody()
    {
        var blocks = new List<ImportBlock>();
        if (_main.Document?.Body is { } body)
        {
            ReadBlocks(body, blocks);
        }

        return blocks;
    }

    /// <summary>Each note's text as Markdown paragraphs, in label order.</summary>
    public List<(string Label, List<string> Paragraphs)> ReadNotes()
    {
        var result = new List<(string, List<string>)>();
        for (var i = 0; i < _notes.Notes.Count; i++) // notes may refer on to further notes while being read
        {
            var (part, note, label, _) = _notes.Notes[i];
            var paragraphs = new List<string>();
            foreach (var paragraph in note.Descendants<Paragraph>())
            {
                var context = new ParagraphContext(new InlineBuilder(), part, inline: true);
                WalkChildren(paragraph, context, default);
                var markdown = context.Builder.ToMarkdown();
                if (markdown.Length > 0)
                {
                    paragraphs.Add(MarkdownText.GuardLineStart(markdown));
                }
            }

            result.Add((label, paragraphs));
        }

        return result;
    }

    private void ReadBlocks(OpenXmlElement container, List<ImportBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, blocks);
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadBlocks(content, blocks);
                    break;
                case CustomXmlBlock or DocumentFormat.OpenXml.AlternateContentChoice:
                    ReadBlocks(element, blocks);
                    break;
                case DocumentFormat.OpenXml.AlternateContent alternate:
                    if (alternate.GetFirstChild<AlternateContentChoice>() is { } choice) ReadBlocks(choice, blocks);
                    break;
                case BookmarkStart bookmark when bookmark.Name?.Value is { } name:
                    _pendingBookmarks.Add(name);
                    break;
                case SectionProperties or BookmarkEnd or ProofError or PermStart or PermEnd or CommentRangeStart or CommentRangeEnd:
                    break;
                default:
                    if (!string.IsNullOrWhiteSpace(element.InnerText))
                    {
                        _place.Warning(DiagnosticCodes.ImportContentLeftOut, Messages.ImportElementLeftOut.With($"{element.Prefix}:{element.LocalName}", MessageText.Value(element.InnerText)));
                    }

                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, List<ImportBlock> blocks)
    {
        _place.NextParagraph(paragraph.InnerText);
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var (role, level) = _styles.ParagraphKind(styleId, properties?.OutlineLevel?.Val?.Value);
        var numbered = Number(properties, styleId);
        var context = new ParagraphContext(new InlineBuilder(), _main, inline: false);
        context.Bookmarks.AddRange(_pendingBookmarks);
        _pendingBookmarks.Clear();
        if (numbered is { Kind: WordNumbering.NumberKind.Other } || (numbered is not null && role == ParagraphRole.Heading))
        {
            var text = numbered.Kind == WordNumbering.NumberKind.Bullet ? "" : numbered.Text;
            var last = text.Length > 0 ? text[^1] : ' ';
            context.Builder.Text(text + (char.IsPunctuation(last) || char.IsWhiteSpace(last) ? "" : " "), false, false);
        }

        WalkChildren(paragraph, context, default);
        var markdown = context.Builder.ToMarkdown();
        if (markdown.Length > 0)
        {
            var list = numbered is { Kind: not WordNumbering.NumberKind.Other } && role != ParagraphRole.Heading
                ? new ListMarker(numbered.Kind == WordNumbering.NumberKind.Decimal, numbered.Number, numbered.Depth)
                : null;
            var centered = properties?.Justification?.Val?.InnerText is "center";
            var block = new ParagraphBlock(_place.Paragraph, list is null ? MarkdownText.GuardLineStart(markdown) : markdown,
                OneLine(context.Builder.ToMarkdown(withFormatting: false)), context.Builder.PlainText.Trim(InlineBuilder.Blank), role,
                role == ParagraphRole.Heading ? level : 0, centered, numbered is { Kind: WordNumbering.NumberKind.Other }, list);
            blocks.Add(block);
            foreach (var name in context.Bookmarks)
            {
                Bookmarks.TryAdd(name, block);
            }

            if (block.IsHeading)
            {
                _place.Heading = block.Plain;
            }
        }
        else
        {
            _pendingBookmarks.AddRange(context.Bookmarks); // an empty paragraph's bookmark marks what follows
        }

        blocks.AddRange(context.After);
    }

    private WordNumbering.Shown? Number(ParagraphProperties? properties, string? styleId)
    {
        var direct = properties?.NumberingProperties;
        var fromStyle = _styles.Numbering(styleId);
        var numId = direct?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var depth = direct?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        return numId is { } id ? _numbering.Next(id, depth) : null;
    }

    internal static string OneLine(string markdown) => markdown.Replace("\\\n", " ", StringComparison.Ordinal);
}
