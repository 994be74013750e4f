using SiteGen.Typesetting.Fonts;
using SiteGen.Typesetting.Model;
using SiteGen.Typesetting.Rendering;
using SiteGen.Typesetting.Text;

namespace SiteGen.Typesetting.Tests.Layout;

/// <summary>docs/typography.md rule 14: the engine sets what the report decided, italic Latin or dotted Han, never slanted Han.</summary>
public sealed class LatinEmphasisTests
{
    [Fact]
    public void Italic_runs_take_the_italic_face_and_dotted_runs_get_one_dot_per_character()
    {
        var settings = new EditionSettings { Level1Start = SectionStart.Continue, RunningHead = RunningHeadMode.None, PageNumbers = PageNumberPosition.None };
        var measurer = new FontSetMeasurer(settings);
        var doc = new TypesetDocument(new DocumentInfo("T", "A", "O", "D", [], "zh-CN", new DateOnly(2021, 3, 1), "t"),
            [new ParagraphBlock([new TextRun("引用"), new TextRun("Nature", Italic: true), new TextRun("，强调"), new TextRun("必须", Emphasis: true), new TextRun("。")], "t.md:1")]);
        var canvas = new RecordingCanvas();
        Assert.Empty(Typesetter.Layout(doc, settings, canvas, measurer).Diagnostics);

        var style = new TextStyle(FontRole.Body, false, settings.BodySize);
        var italic = measurer.Face(measurer.FaceFor(style with { Italic = true }, 'N')!);
        Assert.Contains("Italic", Path.GetFileName(italic.Path), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(measurer.FaceFor(style, 'N'), italic.Key);
        // Han never comes from an italic face: the italic chain lacks it, and the upright chain takes over.
        Assert.Equal(measurer.FaceFor(style, '必'), measurer.FaceFor(style with { Italic = true }, '必'));

        var log = canvas.Pages.SelectMany(p => p).ToList();
        Assert.Contains(log, l => l.EndsWith(" Nature", StringComparison.Ordinal));
        Assert.Equal(2, log.Count(l => l.StartsWith("dot ", StringComparison.Ordinal))); // 必 and 须, nothing under Nature
    }
}
