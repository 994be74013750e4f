using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

public sealed class VnuCheckerTests
{
    [ToolFact(Tool.Vnu)]
    public void Reports_errors_for_invalid_html_and_none_for_valid_in_one_run()
    {
        using var dir = new TempDir();
        var good = dir.File("good.html", Samples.ValidHtml);
        var bad = dir.File("bad.html", Samples.InvalidHtml);

        var messages = VnuChecker.Check([good, bad]);

        Assert.DoesNotContain(messages, m => m.File == good);
        var errors = messages.Where(m => m.File == bad && m.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, m => m.Message.Contains("title") && m.Line == 3);
        Assert.Contains(errors, m => m.Message.Contains("alt"));
    }

    [ToolFact(Tool.Vnu)]
    public void Warnings_are_returned_only_when_asked_for()
    {
        using var dir = new TempDir();
        var noLang = dir.File("nolang.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><p>x</p></body></html>""");

        Assert.Empty(VnuChecker.Check([noLang]));
        Assert.Contains(VnuChecker.Check([noLang], includeWarnings: true), m => m.IsWarning && m.Message.Contains("lang"));
    }

    [ToolFact(Tool.Vnu)]
    public void A_missing_file_is_an_error_not_a_silent_pass()
    {
        using var dir = new TempDir();
        Assert.Throws<FileNotFoundException>(() => VnuChecker.Check([dir.Combine("nope.html")]));
    }
}
