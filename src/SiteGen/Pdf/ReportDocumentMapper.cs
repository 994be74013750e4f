using System.Globalization;
using SiteGen.Diagnostics;
using M = SiteGen.Model;
using T = SiteGen.Typesetting.Model;

namespace SiteGen.Pdf;

/// <summary>
/// Maps a report onto the engine's document for one edition. Heading levels are the model's (title 1, top
/// section 2, gaps closed at ingestion): the tag is that level, the engine's depth one less; every id the HTML
/// has becomes an anchor, so file.pdf#id works.
/// </summary>
public sealed class ReportDocumentMapper(M.Report report, PdfEdition edition, string inputDirectory, FigureImages? images = null, M.MetadataRecord? record = null)
{
    private readonly M.MetadataRecord _record = record ?? M.MetadataRecord.Of(report, Site.SiteSettings.Default);
    private readonly FigureImages _images = images ?? FigureImages.Load(report, inputDirectory);
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<int, M.Footnote> _notes = report.Footnotes.ToDictionary(n => n.Number);

    /// <summary>
    /// The engine's block sources back to the model's locations: the engine reports a block's source as it was
    /// given, and this looks it up, so the build's diagnostics keep file, line and column without parsing text.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    private string At(SourceLocation location)
    {
        var key = location.ToString();
        _locations.TryAdd(key, location);
        return key;
    }

    public T.TypesetDocument Map()
    {
        var m = report.Metadata;
        var record = _record;
        // A preview's Subject opens with the preview note: PDF readers show it in the document's properties.
        var subject = record.PreviewNote is { } preview ? $"{preview} {record.Description}".TrimEnd() : record.Description ?? "";
        var info = new T.DocumentInfo(record.Title, record.Creator, record.Publisher, subject,
            record.Subjects, record.Language, record.Issued, $"{report.Slug}/{edition.Name}",
            record.Modified, record.Contributors, record.Rights, record.License);
        var blocks = new List<T.Block>();
        var language = Html.HtmlLanguage.For(m.Lang);
        if (edition.Settings.CoverAndContents)
        {
            var date = language.Date(m.Date);
            blocks.Add(new T.CoverBlock(m.Kicker ?? "", m.Title, m.Subtitle, m.Organization ?? "", date, At(new SourceLocation(report.SourcePath, 1, 1)), m.Byline));
            blocks.Add(new T.TocBlock(language.Contents, edition.ContentsDepth, At(new SourceLocation(report.SourcePath, 1, 1))));
        }
        blocks.AddRange(FrontNotes());
        blocks.AddRange(Body(language));
        return new T.TypesetDocument(info, blocks);
    }

    /// <summary>
    /// The body's blocks, their paragraphs' first lines decided by the report's language (docs/typography.md rule 10):
    /// Chinese indents every one by the edition's indent-em; Latin convention sets the one opening the body or
    /// following a heading or a section break flush and the others latin-indent-em in.
    /// </summary>
    private IEnumerable<T.Block> Body(Html.HtmlLanguage language)
    {
        M.Block? previous = null;
        foreach (var block in report.Blocks)
        {
            foreach (var mapped in Block(block))
            {
                if (language.IndentsOpeningParagraph || mapped is not T.ParagraphBlock p) yield return mapped;
                else yield return p with
                {
                    FirstLineIndent = previous is not (null or M.HeadingBlock or M.ThematicBreakBlock),
                    IndentEm = edition.Settings.LatinIndentEm,
                };
            }
            previous = block;
        }
    }

    /// <summary>
    /// Before the body, after the title (and contents): a preview's note, then the corrections, newest first, as
    /// the page shows them ("修订于2021年3月1日：…"), so a printed copy says which version it is.
    /// </summary>
    private IEnumerable<T.Block> FrontNotes()
    {
        var at = At(new SourceLocation(report.SourcePath, 1, 1));
        if (_record.PreviewNote is { } preview)
        {
            yield return new T.ParagraphBlock([new T.TextRun(preview, true, false)], at, FirstLineIndent: false);
        }

        foreach (var revision in _record.RevisionNotes)
        {
            yield return new T.ParagraphBlock([new T.TextRun(revision.Label + revision.Colon, true, false), new T.TextRun(revision.Note, false, false)], at,
                FirstLineIndent: false);
        }
    }

    private IEnumerable<T.Block> Block(M.Block block)
    {
        var at = At(block.Location);
        switch (block)
        {
            case M.HeadingBlock h:
                yield return new T.HeadingBlock(h.Level - 1, h.Id, Runs(h.Content), at, h.Level);
                break;
            case M.ParagraphBlock p:
                yield return new T.ParagraphBlock(Runs(p.Content), at, p.Id);
                break;
            case M.ListBlock l:
                yield return new T.ListBlock(l.Ordered, l.Start, l.Items.Select(i => (IReadOnlyList<T.Block>)i.Blocks.SelectMany(Block).ToList()).ToList(), at);
                break;
            case M.QuoteBlock q:
                yield return new T.QuoteBlock(q.Blocks.SelectMany(Block).ToList(), at);
                break;
            case M.CodeBlock c:
                yield return new T.PreformattedBlock(c.Text, at);
                break;
            case M.ThematicBreakBlock:
                yield return new T.ThematicBreakBlock(at);
                break;
            case M.TableBlock t:
                var first = t.HeaderRows.Concat(t.BodyRows).FirstOrDefault();
                var align = first?.Cells.Select(c => c.Alignment switch
                {
                    M.CellAlignment.Center => T.CellAlignment.Center,
                    M.CellAlignment.Right => T.CellAlignment.End,
                    _ => T.CellAlignment.Start,
                }).ToList() ?? [];
                // A caption that only repeats the lead-in paragraph is not set twice on the page.
                yield return new T.TableBlock(Rows(t.HeaderRows), Rows(t.BodyRows), align, at, t.Id,
                    t.CaptionShown ? Runs(t.Caption) : null, t.RowHeaders);
                break;
            case M.FigureBlock f:
                // Bytes read once per report; an image the PDF cannot set was reported at ingestion and leaves its caption.
                if (_images.DrawingOf(f.Image) is { } drawing)
                {
                    // An SVG figure: drawn as vector graphics, with the same alt text and caption as a picture.
                    yield return new T.FigureBlock(null, null, f.Image?.Alt ?? "", Runs(f.Caption), f.Credit, at, f.Id, f.Image?.Decorative == true) { Drawing = drawing };
                    break;
                }
                var bytes = f.Image?.Format == M.ImageFormat.Svg ? null : _images.Of(f.Image);
                var path = bytes is not null && f.Image?.InputPath is { } p2 ? Path.Combine(inputDirectory, p2) : null;
                yield return new T.FigureBlock(path, bytes, f.Image?.Alt ?? "", Runs(f.Caption), f.Credit, at, f.Id, f.Image?.Decorative == true);
                break;
        }
    }

    private List<IReadOnlyList<IReadOnlyList<T.Run>>> Rows(IEnumerable<M.TableRow> rows) =>
        rows.Select(r => (IReadOnlyList<IReadOnlyList<T.Run>>)r.Cells.Select(c => (IReadOnlyList<T.Run>)Runs(c.Content)).ToList()).ToList();

    /// <param name="emphasis">Inside an emphasis: how the model marked it (dots for Han, italic for Latin), or null.</param>
    private List<T.Run> Runs(IEnumerable<M.Inline> inlines, bool bold = false, M.EmphasisMark? emphasis = null)
    {
        var dots = emphasis == M.EmphasisMark.Dots;
        var italic = emphasis == M.EmphasisMark.Italic;
        var runs = new List<T.Run>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case M.TextInline t: runs.Add(new T.TextRun(t.Text, bold, dots, italic)); break;
                case M.CodeInline c: runs.Add(new T.TextRun(c.Text, bold, dots, Code: true)); break;
                case M.LineBreakInline: runs.Add(new T.LineBreakRun()); break;
                case M.StrongInline s: runs.AddRange(Runs(s.Children, true, emphasis)); break;
                case M.EmphasisInline e: runs.AddRange(Runs(e.Children, bold, e.Mark)); break;
                case M.ImageInline i: runs.Add(new T.TextRun(i.Image.Alt, bold, dots, italic)); break;
                case M.LinkInline l:
                    var content = Runs(l.Children, bold, emphasis).OfType<T.TextRun>().ToList();
                    switch (l.Kind)
                    {
                        case M.LinkKind.Anchor: runs.Add(new T.LinkRun(content, null, Uri.UnescapeDataString(l.Href[1..]))); break;
                        case M.LinkKind.Web or M.LinkKind.Mail: runs.Add(new T.LinkRun(content, l.Href, null)); break;
                        // Another report: its page on the published site (linking set the absolute URL).
                        case M.LinkKind.OtherReport when l.Url is not null: runs.Add(new T.LinkRun(content, l.Url, null)); break;
                        // An attachment is a file on the site: the PDF, read anywhere, links its published URL (set at linking).
                        case M.LinkKind.LocalFile when l.Attachment is not null && l.Url is not null: runs.Add(new T.LinkRun(content, l.Url, null)); break;
                        default: runs.AddRange(content); break; // a relative link means nothing inside a PDF file
                    }
                    break;
                case M.FootnoteRefInline f:
                    var note = _notes.TryGetValue(f.Number, out var n) ? NoteRuns(n) : [];
                    runs.Add(new T.FootnoteRun(f.Number.ToString(CultureInfo.InvariantCulture), note, f.FootnoteId));
                    break;
            }
        }
        return runs;
    }

    private List<T.Run> NoteRuns(M.Footnote note)
    {
        var runs = new List<T.Run>();
        foreach (var block in M.ReportWalker.Flatten(note.Blocks).OfType<M.ParagraphBlock>())
        {
            if (runs.Count > 0) runs.Add(new T.TextRun(" "));
            runs.AddRange(Runs(block.Content).Where(r => r is not T.FootnoteRun));
        }
        return runs;
    }
}
