using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Layout;

/// <summary>The cover: kicker and title in the upper third, organization and date near the foot.</summary>
internal sealed class CoverSlice : Slice
{
    private readonly List<(SetLine Line, double Y, StructureTag Tag, bool First, bool Last)> _lines = [];
    private readonly double _width;
    private readonly string _title;

    public CoverSlice(LayoutContext context, CoverBlock cover)
    {
        _width = context.TextWidth;
        _title = cover.Title;
        var setter = new TextSetter(context);
        var y = context.TextHeight * 0.22;
        var titleSize = context.Settings.HeadingSizes[0] * 1.6;
        y = Add(setter, cover.Kicker, new TextStyle(FontRole.Heading, false, context.BodySize * 1.2), y, cover.Source, StructureTag.P);
        y += context.BodyLine;
        // The title is the document's H1, as on the web page; the body's headings are tagged from H2.
        y = Add(setter, cover.Title, new TextStyle(FontRole.Heading, true, titleSize), y, cover.Source, StructureTag.H1);
        if (!string.IsNullOrWhiteSpace(cover.Subtitle))
            y = Add(setter, cover.Subtitle, new TextStyle(FontRole.Heading, false, context.Settings.HeadingSizes[1]), y + context.BodyLine * 0.5, cover.Source, StructureTag.P);
        if (!string.IsNullOrWhiteSpace(cover.Byline))
            Add(setter, cover.Byline, new TextStyle(FontRole.Body, false, context.BodySize * 1.2), y + context.BodyLine, cover.Source, StructureTag.P);
        var foot = context.TextHeight * 0.78;
        foot = Add(setter, cover.Organization, new TextStyle(FontRole.Heading, false, context.BodySize * 1.3), foot, cover.Source, StructureTag.P);
        Add(setter, cover.DateText, new TextStyle(FontRole.Body, false, context.BodySize * 1.1), foot, cover.Source, StructureTag.P);
    }

    private double Add(TextSetter setter, string text, TextStyle style, double y, string source, StructureTag tag)
    {
        if (string.IsNullOrWhiteSpace(text)) return y;
        var lh = style.Size * 1.4;
        var lines = setter.Set([new TextRun(text)], style, _width, 0, false, source).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            // One tag per item, however many lines it takes: a wrapped title is one H1, not two.
            _lines.Add((lines[i], y + BlockComposer.Baseline(lh, style.Size), tag, i == 0, i == lines.Count - 1));
            y += lh;
        }
        return y;
    }

    public override void Draw(ICanvas canvas, double x, double y)
    {
        foreach (var (line, baseline, tag, first, last) in _lines)
        {
            // The outline's root is the title, as the tags' H1 is; the body's headings nest under it.
            if (first && tag == StructureTag.H1) canvas.Bookmark(1, _title, y);
            if (first) canvas.BeginTag(tag);
            LineSlice.DrawLine(canvas, line, x + (_width - line.Width) / 2, y + baseline);
            if (last) canvas.EndTag();
        }
    }
}
