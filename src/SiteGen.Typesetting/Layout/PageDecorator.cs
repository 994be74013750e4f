using System.Globalization;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>Running heads, page numbers and crop marks: all artifacts, none on the cover or on blank pages.</summary>
internal sealed class PageDecorator(LayoutContext context, TextSetter setter)
{
    public void Draw(ICanvas canvas, PagePlan page, double bleed, double slug)
    {
        if (context.Settings.CropMarks)
        {
            canvas.BeginArtifact(ArtifactKind.Page);
            CropMarks(canvas, bleed);
            canvas.EndArtifact();
        }
        if (!page.IsCover && page.HasSlices)
        {
            canvas.BeginArtifact(ArtifactKind.Header);
            RunningHead(canvas, page);
            canvas.EndArtifact();
            canvas.BeginArtifact(ArtifactKind.Footer);
            PageNumber(canvas, page);
            canvas.EndArtifact();
        }
    }

    private void RunningHead(ICanvas canvas, PagePlan page)
    {
        var s = context.Settings;
        // docs/typography.md rule 18: every page but the cover, blank pages and part openers; a section starting mid-page keeps it.
        if (s.RunningHead == RunningHeadMode.None || page.OpensPart) return;
        var right = page.Number % 2 == 1;
        var text = s.RunningHead == RunningHeadMode.TitleAndSection && right ? page.Section ?? context.Document.Info.Title : context.Document.Info.Title;
        var style = new TextStyle(FontRole.Heading, false, s.RunningHeadPoints);
        var line = setter.Set([new TextRun(text)], style, context.TextWidth, 0, false, "running head").FirstOrDefault();
        if (line is null) return;
        var left = context.LeftMargin(page.Number);
        // The edition places the head: its em box's top at head-margin-mm from the trim's top edge.
        var baseline = s.HeadMarginMm * LayoutContext.PointsPerMm + EditionSettings.AscentEm * style.Size;
        double x = s.RunningHead == RunningHeadMode.TitleAndSection
            ? (s.Mirrored && !right ? left : left + context.TextWidth - line.Width)
            : left + (context.TextWidth - line.Width) / 2;
        LineSlice.DrawLine(canvas, line, x, baseline);
        var rule = baseline + style.Size * EditionSettings.HeadRuleEm;
        canvas.Line(left, rule, left + context.TextWidth, rule, 0.3);
    }

    private void PageNumber(ICanvas canvas, PagePlan page)
    {
        var s = context.Settings;
        if (s.PageNumbers == PageNumberPosition.None) return;
        var style = new TextStyle(FontRole.Body, false, s.FolioPoints);
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        var line = setter.Set([new TextRun(number)], style, context.TextWidth, 0, false, "page number").FirstOrDefault();
        if (line is null) return;
        var left = context.LeftMargin(page.Number);
        var right = page.Number % 2 == 1;
        var x = s.PageNumbers == PageNumberPosition.Centre || !s.Mirrored
            ? left + (context.TextWidth - line.Width) / 2
            : right ? left + context.TextWidth - line.Width : left;
        var baseline = context.TrimHeight - s.FootMarginMm * LayoutContext.PointsPerMm;
        LineSlice.DrawLine(canvas, line, x, baseline);
    }

    /// <summary>Marks at the trim corners, drawn in the slug so they stay clear of the bleed.</summary>
    private void CropMarks(ICanvas canvas, double bleed)
    {
        var w = context.TrimWidth;
        var h = context.TrimHeight;
        const double length = 18;
        var gap = bleed + 3;
        var lines = new List<(double, double, double, double)>();
        foreach (var (x, y, sx, sy) in new[] { (0.0, 0.0, -1, -1), (w, 0.0, 1, -1), (0.0, h, -1, 1), (w, h, 1, 1) })
        {
            lines.Add((x + sx * gap, y, x + sx * (gap + length), y));
            lines.Add((x, y + sy * gap, x, y + sy * (gap + length)));
        }
        canvas.CropMarks(lines, 0.25);
    }
}
