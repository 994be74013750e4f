using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>What a layout run produced besides the drawing.</summary>
internal sealed record LayoutOutcome(int PageCount, IReadOnlyDictionary<string, int> AnchorPages, IReadOnlyList<TypesetDiagnostic> Diagnostics);

/// <summary>
/// Passes until the page numbers settle: the first plans pages to learn where every anchor lands; each next one
/// composes again with those numbers (contents, page references after links) and plans again. The numbers are
/// right once a pass lands every anchor where the pass before said. Contents numbers sit in a fixed column and
/// change nothing, but a page reference is text in the line ("（第9页）" to "（第10页）" can push its target
/// over a page break), so more passes may be needed; after <see cref="MaxPasses"/> the last plan is drawn and
/// every reference whose number is still wrong is a warning naming it.
/// </summary>
internal sealed class DocumentLayout(ITextMeasurer measurer, EditionSettings settings, TypesetDocument document)
{
    public const int MaxPasses = 5;

    public LayoutOutcome Run(ICanvas canvas)
    {
        IReadOnlyDictionary<string, int> anchors = new Dictionary<string, int>();
        LayoutContext context;
        List<PagePlan> plan;
        var pass = 0;
        var setCache = new SetTextCache();
        bool settled;
        while (true)
        {
            context = new LayoutContext(measurer, settings, document) { AnchorPages = anchors, PagesKnown = pass > 0, SetCache = setCache };
            var items = new BlockComposer(context).Compose(document.Blocks);
            plan = new Paginator(context).Plan(items);
            var landed = AnchorPagesOf(plan);
            pass++;
            settled = pass >= 2 && landed.Count == anchors.Count && landed.All(kv => anchors.TryGetValue(kv.Key, out var p) && p == kv.Value);
            anchors = landed;
            if (settled || pass >= MaxPasses) break;
        }
        if (!settled) ReportUnsettled(context, anchors);
        NoteCopies.Name(plan);
        foreach (var page in plan) DrawPage(canvas, context, page);
        return new LayoutOutcome(plan.Count, anchors, context.Diagnostics);
    }

    private static void ReportUnsettled(LayoutContext context, IReadOnlyDictionary<string, int> landed)
    {
        foreach (var r in context.PageReferences.DistinctBy(r => (r.Anchor, r.Source)))
            if (landed.TryGetValue(r.Anchor, out var page) && page != r.Page)
                context.Diagnostics.Add(new TypesetDiagnostic(Severity.Warning, "PDF004",
                    $"The page reference to '#{r.Anchor}' says page {r.Page} but its target is on page {page}: the numbers did not settle in {MaxPasses} passes.",
                    r.Source)
                {
                    Problem = TypesetProblem.PageReferenceUnsettled,
                    Args = [r.Anchor, r.Page?.ToString(CultureInfo.InvariantCulture) ?? "", page.ToString(CultureInfo.InvariantCulture), MaxPasses.ToString(CultureInfo.InvariantCulture)],
                });
    }

    /// <summary>The first page each anchor lands on: headings, paragraphs, tables, figures, and notes at the page foot.</summary>
    private static Dictionary<string, int> AnchorPagesOf(List<PagePlan> plan)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in plan)
        {
            foreach (var anchor in page.Items.Select(i => i.Item).OfType<AnchorItem>())
                result.TryAdd(anchor.Id, page.Number);
            foreach (var note in page.Notes)
                if (note.Note.AnchorId is { } id) result.TryAdd(id, page.Number);
        }
        return result;
    }

    private void DrawPage(ICanvas pdf, LayoutContext context, PagePlan page)
    {
        var canvas = page.NoteIds.Count == 0 ? pdf : new PageNoteLinks(pdf, page.NoteIds);
        var bleed = settings.BleedMm * LayoutContext.PointsPerMm;
        var slug = settings.CropMarks ? 30 : 0;
        canvas.BeginPage(new PageGeometry(page.Number, context.TrimWidth, context.TrimHeight, bleed, slug, page.IsCover));
        var left = context.LeftMargin(page.Number);
        var top = context.TopMargin;
        foreach (var (item, y) in page.Items)
        {
            switch (item)
            {
                case TagItem { Tag: { } tag } t: canvas.BeginTag(tag, t.AltText); break;
                case TagItem: canvas.EndTag(); break;
                case AnchorItem a:
                    canvas.Destination(a.Id, top + y);
                    if (a.Level > 0) canvas.Bookmark(a.Level, a.Title, top + y);
                    break;
                case Slice s: s.Draw(canvas, left, top + y); break;
            }
        }
        if (page.Notes.Count > 0)
        {
            var noteTop = top + Paginator.NoteAreaTop(page, context.TextHeight);
            canvas.BeginArtifact();
            canvas.Line(left, noteTop - 5, left + context.TextWidth / 4, noteTop - 5, 0.4);
            canvas.EndArtifact();
            foreach (var note in page.Notes)
            {
                var id = page.NoteIds[NoteLayout.AnchorOf(note.Note)];
                canvas.Destination(id, noteTop);
                note.Draw(canvas, left, noteTop, id);
                noteTop += note.Height;
            }
        }
        new PageDecorator(context, new TextSetter(context)).Draw(canvas, page, bleed, slug);
        canvas.EndPage();
    }
}
