using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;
using Md = Markdig.Syntax;
using MdLink = Markdig.Syntax.Inlines.LinkInline;

namespace SiteGen.Ingest;

/// <summary>
/// Turns Markdig blocks into model blocks. Ids: headings from their text (explicit {#id} wins), paragraphs
/// "{section}-{n}" counted within their section, so an edit elsewhere in the report does not move them.
/// </summary>
internal sealed partial class BlockConverter
{
    private readonly ConversionScope _scope;
    private readonly InlineConverter _inlines;
    private readonly FootnoteRegistry _footnotes;
    private readonly int _levelShift;
    private readonly Dictionary<Md.HeadingBlock, string> _headingIds;
    private int _previousLevel = 1;
    private string _section = "p";
    private int _paragraphInSection;
    private int _figures;
    private int _tables;

    public BlockConverter(ConversionScope scope, FootnoteRegistry footnotes, int levelShift, Dictionary<Md.HeadingBlock, string> headingIds)
    {
        _headingIds = headingIds;
        _scope = scope;
        _footnotes = footnotes;
        _inlines = new InlineConverter(scope, footnotes);
        _levelShift = levelShift;
    }

    public ImmutableArray<Model.Block> ConvertAll(IEnumerable<Md.Block> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Model.Block>();
        var list = blocks as IReadOnlyList<Md.Block> ?? blocks.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var block = list[i];
            if (block is Figure figure && !FigureShape.IsClosed(figure))
            {
                result.AddRange(UnclosedFigure(figure));
                continue;
            }

            // A "Table: …" line just before a table is its caption, as one just after it is (pandoc reads both).
            // It is taken out before conversion so that it neither becomes a paragraph nor takes a paragraph id.
            if (block is Md.ParagraphBlock before && NextContent(list, i) is { } t && list[t] is Table &&
                before.Inline?.FirstChild is Markdig.Syntax.Inlines.LiteralInline first && TableCaptions.HasPrefix(first.Content.ToString()) &&
                TableCaptions.Explicit(Normalize(_inlines.Convert(before.Inline))) is { } captionBefore)
            {
                if (Convert(list[t]) is TableBlock captioned)
                {
                    result.Add(captioned with { Caption = captionBefore, CaptionShown = true });
                }

                i = t;
                continue;
            }

            var converted = Convert(block);
            if (converted is TableBlock table)
            {
                // A "Table: …" line after the table is its caption (and not a paragraph); otherwise a lead-in
                // paragraph just before it that ends in a colon names it.
                var next = NextContent(list, i);
                if (next is { } n && list[n] is Md.ParagraphBlock after &&
                    TableCaptions.Explicit(Normalize(_inlines.Convert(after.Inline))) is { } explicitCaption)
                {
                    converted = table with { Caption = explicitCaption, CaptionShown = true };
                    i = n;
                }
                else if (result.Count > 0 && result[^1] is Model.ParagraphBlock lead &&
                    TableCaptions.LeadIn(lead.Content) is { } leadCaption)
                {
                    converted = table with { Caption = leadCaption, CaptionShown = false };
                }
            }

            if (converted is not null)
            {
                result.Add(converted);
            }
        }

        return result.ToImmutable();
    }

    public ImmutableArray<Model.Footnote> ConvertFootnotes(FootnoteGroup? group)
    {
        if (group is null)
        {
            return [];
        }

        var notes = ImmutableArray.CreateBuilder<Model.Footnote>();
        foreach (var note in group.OfType<Md.Block>().OfType<Markdig.Extensions.Footnotes.Footnote>().OrderBy(n => n.Order))
        {
            var saved = (_section, _paragraphInSection);
            (_section, _paragraphInSection) = (_footnotes.IdOf(note.Order), 0);
            notes.Add(new Model.Footnote(note.Order, _footnotes.IdOf(note.Order), _footnotes.RefsOf(note.Order), ConvertAll(note)));
            (_section, _paragraphInSection) = saved;
        }

        return notes.ToImmutable();
    }

    private Model.Block? Convert(Md.Block block) => block switch
    {
        Md.HeadingBlock heading => Heading(heading),
        Figure figure => FigureBlock(figure),
        Md.ParagraphBlock paragraph when SoleImage(paragraph) is { } image => ImageFigure(image, paragraph),
        Md.ParagraphBlock paragraph => Paragraph(paragraph),
        Md.ListBlock list => new Model.ListBlock(list.IsOrdered, ParseStart(list.OrderedStart),
            list.OfType<ListItemBlock>().Select(item => new ListItem(ConvertAll(item))).ToImmutableArray(), Where(list)),
        Md.QuoteBlock quote => new Model.QuoteBlock(ConvertAll(quote), Where(quote)),
        Table table => TableBlock(table),
        FencedCodeBlock fenced => new Model.CodeBlock(fenced.Lines.ToString(), string.IsNullOrEmpty(fenced.Info) ? null : fenced.Info, Where(fenced)),
        Md.CodeBlock code => PastedIndent.CheckCode(new Model.CodeBlock(code.Lines.ToString(), null, Where(code)), _scope),
        Md.ThematicBreakBlock rule => new Model.ThematicBreakBlock(Where(rule)),
        HtmlBlock html => DropHtml(html),
        _ => null, // blank lines, link definitions, the footnote group (converted separately)
    };

    private Model.HeadingBlock Heading(Md.HeadingBlock heading)
    {
        var content = Normalize(_inlines.Convert(heading.Inline));
        var id = _headingIds[heading];
        (_section, _paragraphInSection) = (id, 0);
        // The final level, decided once: the title is level 1, the body's top level 2, and a jump (## to ####)
        // closes to the next level, so the page, the EPUB nav and the PDF outline and tags all read the same number.
        var level = Math.Min(Math.Clamp(heading.Level + _levelShift, 2, 6), _previousLevel + 1);
        _previousLevel = level;
        return new Model.HeadingBlock(level, id, content, Where(heading));
    }

    private Model.ParagraphBlock Paragraph(Md.LeafBlock paragraph)
    {
        var content = Normalize(PastedIndent.Strip(_inlines.Convert(paragraph.Inline), Where(paragraph), _scope));
        var id = paragraph.TryGetAttributes()?.Id ?? _scope.Ids.Unique($"{_section}-{++_paragraphInSection}");
        return new Model.ParagraphBlock(id, content, Where(paragraph));
    }

    private FigureBlock ImageFigure(MdLink image, Md.ParagraphBlock paragraph)
    {
        var alt = InlineText.Of(_inlines.Convert(image));
        var reference = ImageResolver.Resolve(image, alt, _scope);
        var id = paragraph.TryGetAttributes()?.Id ?? _scope.Ids.Unique($"fig-{++_figures}");
        return new FigureBlock(id, reference, [], reference.Title, Where(paragraph));
    }

    private FigureBlock FigureBlock(Figure figure)
    {
        ImageRef? image = null;
        FigureCaption? captionBlock = null;
        foreach (var child in figure)
        {
            switch (child)
            {
                case FigureCaption first when captionBlock is null:
                    captionBlock = first;
                    break;
                case FigureCaption second:
                    LostInFigure(figure, second, Messages.FigureSecondCaption.With(_scope.At(captionBlock.Line, 0).Line));
                    break;
                case Md.ParagraphBlock paragraph when image is null && SoleImage(paragraph) is { } link:
                    image = ImageResolver.Resolve(link, InlineText.Of(_inlines.Convert(link)), _scope);
                    break;
                case Md.ParagraphBlock paragraph when SoleImage(paragraph) is not null:
                    LostInFigure(figure, paragraph, Messages.FigureSecondImage.With());
                    break;
                case Md.ParagraphBlock paragraph when image is null && captionBlock is null && ImageThenText(paragraph) is var (link, underImage):
                    // The commonest slip: the caption written on the line under the image instead of on the closing
                    // ^^^ line. The image is the figure's (no "no image" warning); the caption's place is named.
                    image = ImageResolver.Resolve(link, InlineText.Of(_inlines.Convert(link)), _scope);
                    LostInFigure(figure, paragraph, Messages.FigureCaptionUnderImage.With(MessageText.Value(underImage)));
                    break;
                case Md.BlankLineBlock or Md.LinkReferenceDefinitionGroup:
                    break;
                default:
                    LostInFigure(figure, child, Messages.FigureStrayBlock.With(FigureShape.KindOf(child)));
                    break;
            }
        }

        var caption = Normalize(_inlines.Convert(captionBlock?.Inline));
        var credit = image?.Title;
        if (credit is null && SplitCredit(caption) is var (text, photoCredit))
        {
            (caption, credit) = ([new TextInline(text)], photoCredit);
        }

        var id = figure.TryGetAttributes()?.Id ?? _scope.Ids.Unique($"fig-{++_figures}");
        if (image is null)
        {
            _scope.Diagnostics.Warning(DiagnosticCodes.FigureWithoutImage,
                Messages.FigureWithoutImage.With(),
                Where(figure));
        }

        return new FigureBlock(id, image, caption, credit, Where(figure));
    }

    private void LostInFigure(Figure figure, Md.Block child, Message why) =>
        _scope.Diagnostics.Error(DiagnosticCodes.FigureContentLost,
            Messages.FigureContentLost.With(why, Where(figure).Line), Where(child));

    /// <summary>
    /// Without its closing line a figure swallows the rest of the report. Say so at the opening line, and go on
    /// converting what it swallowed as ordinary blocks so their own mistakes are reported too.
    /// </summary>
    private IEnumerable<Model.Block> UnclosedFigure(Figure figure)
    {
        _scope.Diagnostics.Error(DiagnosticCodes.UnclosedFigure,
            Messages.FigureUnclosed.With(),
            Where(figure));
        var blocks = new List<Model.Block>();
        foreach (var child in figure)
        {
            if (child is FigureCaption caption)
            {
                blocks.Add(Paragraph(caption));
            }
            else
            {
                blocks.AddRange(ConvertAll([child]));
            }
        }

        return blocks;
    }

    /// <summary>A Chinese photo caption ends in its credit, "张延林 摄" (photographed by); split it off.</summary>
    private static (string Text, string Credit)? SplitCredit(ImmutableArray<Model.Inline> caption)
    {
        if (caption.Length != 1 || caption[0] is not TextInline text)
        {
            return null;
        }

        var match = PhotoCredit().Match(text.Text);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    private TableBlock TableBlock(Table table)
    {
        var header = ImmutableArray.CreateBuilder<Model.TableRow>();
        var body = ImmutableArray.CreateBuilder<Model.TableRow>();
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select((cell, position) =>
            {
                var paragraph = cell.OfType<Md.ParagraphBlock>().FirstOrDefault();
                // Markdig sets ColumnIndex for grid tables only; pipe-table cells keep -1, so fall back to the position.
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
                var align = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                return new Model.TableCell(Normalize(_inlines.Convert(paragraph?.Inline)), align switch
                {
                    TableColumnAlign.Left => CellAlignment.Left,
                    TableColumnAlign.Center => CellAlignment.Center,
                    TableColumnAlign.Right => CellAlignment.Right,
                    _ => CellAlignment.None,
                });
            }).ToImmutableArray();
            (row.IsHeader ? header : body).Add(new Model.TableRow(cells));
        }

        var id = table.TryGetAttributes()?.Id ?? _scope.Ids.Unique($"table-{++_tables}");
        var (headerRows, bodyRows, rowHeaders) = TableRoles.Assign(header.ToImmutable(), body.ToImmutable());
        return new TableBlock(id, headerRows, bodyRows, Where(table)) { RowHeaders = rowHeaders };
    }

    private Model.Block? DropHtml(HtmlBlock html)
    {
        var first = html.Lines.Lines.Length > 0 ? html.Lines.Lines[0].ToString().Trim() : "";
        if (html.Type == Markdig.Syntax.HtmlBlockType.Comment)
        {
            _scope.Diagnostics.Error(DiagnosticCodes.RawHtmlDropped, Messages.HtmlCommentRefused.With(), Where(html));
            return null;
        }

        _scope.Diagnostics.Error(DiagnosticCodes.RawHtmlDropped,
            Messages.RawHtmlBlock.With(first.Length > 60 ? first[..57] + "..." : first),
            Where(html));
        return null;
    }

    /// <summary>A paragraph that opens with an image and goes on with text: the image and the text after it.</summary>
    private static (MdLink Image, string Text)? ImageThenText(Md.ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not MdLink { IsImage: true } image)
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        for (var inline = image.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
                Markdig.Syntax.Inlines.LineBreakInline => " ",
                _ => "…",
            });
        }

        var caption = text.ToString().Trim();
        return caption.Length == 0 ? null : (image, caption);
    }

    private static MdLink? SoleImage(Md.ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => i is not Markdig.Syntax.Inlines.LiteralInline l || !l.Content.IsEmptyOrWhitespace()).ToList();
        return inlines is [MdLink { IsImage: true } image] ? image : null;
    }

    /// <summary>The index of the next block that holds content (blank lines skipped), or null.</summary>
    private static int? NextContent(IReadOnlyList<Md.Block> blocks, int from)
    {
        for (var i = from + 1; i < blocks.Count; i++)
        {
            if (blocks[i] is not (Md.BlankLineBlock or Md.LinkReferenceDefinitionGroup))
            {
                return i;
            }
        }

        return null;
    }

    private static int ParseStart(string? start) => int.TryParse(start, out var n) ? n : 1;

    private ImmutableArray<Model.Inline> Normalize(ImmutableArray<Model.Inline> inlines) =>
        InlineNormalizer.Normalize(inlines, _scope.NormalizePunctuation, _scope.Language);

    private SourceLocation Where(Md.Block block) => _scope.At(block.Line, block.Column);

    [GeneratedRegex(@"^(.*[。！？.!?])\s*([^。！？]{1,20}?\s*摄)$")]
    private static partial Regex PhotoCredit();
}
