using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>What a layout run produced besides the drawing.</summary>
internal sealed record LayoutOutcome(int PageCount, IReadOnlyDictionary<string, int> AnchorPages, IReadOnlyList<TypesetDiagnostic> Diagnostics);

/// <summary>
/// Two passes: the first plans pages to learn where every anchor lands; the second composes again with those
/// page numbers (contents, cross references) and draws. Contents numbers sit in a fixed column, so pass two
/// paginates like pass one; if it ever does not, a third pass settles it.
/// </summary>
internal sealed class DocumentLayout(ITextMeasurer measurer, EditionSettings settings, TypesetDocument document)
{
    public LayoutOutcome Run(ICanvas canvas)
    {
        IReadOnlyDictionary<string, int> anchors = new Dictionary<string, int>();
        LayoutContext context;
        List<PagePlan> plan;
        var pass = 0;
        while (true)
        {
            context = new LayoutContext(measurer, settings, document) { AnchorPages = anchors };
            var items = new BlockComposer(context).Compose(document.Blocks);
            plan = new Paginator(context).Plan(items);
            var landed = AnchorPagesOf(plan);
            pass++;
            if ((pass >= 2 && landed.Count == anchors.Count && landed.All(kv => anchors.TryGetValue(kv.Key, out var p) && p == kv.Value)) || pass >= 3)
            {
                anchors = landed;
                break;
            }
            anchors = landed;
        }
        foreach (var page in plan) DrawPage(canvas, context, page);
        return new LayoutOutcome(plan.Count, anchors, context.Diagnostics);
    }

    private static Dictionary<string, int> AnchorPagesOf(List<PagePlan> plan)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in plan)
            foreach (var anchor in page.Items.Select(i => i.Item).OfType<AnchorItem>())
                result.TryAdd(anchor.Id, page.Number);
        return result;
    }

    private void DrawPage(ICanvas canvas, LayoutContext context, PagePlan page)
    {
        var bleed = settings.BleedMm * LayoutContext.PointsPerMm;
        var slug = settings.CropMarks ? 30 : 0;
        canvas.BeginPage(new PageGeometry(page.Number, context.TrimWidth, context.TrimHeight, bleed, slug));
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
                note.Draw(canvas, left, noteTop);
                noteTop += note.Height;
            }
        }
        new PageDecorator(context, new TextSetter(context)).Draw(canvas, page, bleed, slug);
        canvas.EndPage();
    }
}
