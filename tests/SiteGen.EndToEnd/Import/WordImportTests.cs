using System.Text.RegularExpressions;
using SiteGen.EndToEnd.Checkers;
using SiteGen.EndToEnd.Cli;
using SiteGen.EndToEnd.Harness;

namespace SiteGen.EndToEnd.Import;

/// <summary>
/// `sitegen import` on Word documents from two producers, made here in the test: pandoc from the 2021 report, and
/// LibreOffice (headless) from a document with Chinese style names (标题 1), numbered headings typed as text, a
/// table, a footnote and a picture. Each imported report builds with no error and no warning, and its text is
/// the document's text: every paragraph arrives, in order, and nothing is added.
/// </summary>
public sealed partial class WordImportTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [ToolFact(Tool.Pandoc)]
    public void A_document_pandoc_made_from_the_2021_report_imports_and_builds_cleanly()
    {
        Tools.Require(Tool.Pandoc);
        // The report without its front matter's extra keys, and its photo-less figure as a figure with a photo.
        var markdown = File.ReadAllText(Path.Combine(Tools.RepoRoot, "input", "cppcc-report-2021", "report.md"));
        markdown = FigureBlock().Replace(markdown, "![$1](photo.png)\n");
        var caption = FigureBlock().Match(File.ReadAllText(Path.Combine(Tools.RepoRoot, "input", "cppcc-report-2021", "report.md"))).Groups[1].Value;
        Assert.NotEmpty(caption); // the report still has its figure: the document then has a picture with alt text and a caption
        File.WriteAllBytes(_dir.Combine("photo.png"), TestPng.Scene(1200, 800));
        _dir.File("report.md", markdown);
        var made = ProcessRunner.Run("pandoc", ["report.md", "-o", "report.docx"], workingDirectory: _dir.Path);
        Assert.True(made.ExitCode == 0, made.ToString());

        var (import, build) = ImportAndBuild("report.docx", "cppcc");

        Assert.Contains("SG180", import.StdErr); // deliberate: pandoc writes no organisation
        Assert.DoesNotContain("warning SG18", import.StdErr.Replace("warning SG180", "", StringComparison.Ordinal));
        Assert.Contains("0 errors, 0 warnings", build.StdOut + build.StdErr);
        var report = File.ReadAllText(_dir.Combine("input/cppcc/report.md"));
        Assert.Contains("title: \"市政协常委会工作报告 (摘要)\"", report);
        Assert.Contains("date: 2021-02-22", report);
        Assert.Contains("^^^\n![" + caption + "](image-1.png)\n^^^ " + caption, report);
        AssertSameText("report.docx", "cppcc", frontMatterLines: ["2021-02-22"]);
    }

    [ToolFact(Tool.LibreOffice)]
    public void A_document_LibreOffice_made_with_Chinese_style_names_imports_and_builds_cleanly()
    {
        Tools.Require(Tool.LibreOffice);
        _dir.File("通知.fodt", Fodt.Document(Convert.ToBase64String(TestPng.Scene(1200, 800))));
        var profile = _dir.Combine("lo-profile"); // a fresh LibreOffice profile: no dialog, no clash with another soffice
        var made = ProcessRunner.Run("soffice", [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx", "--outdir", _dir.Path, _dir.Combine("通知.fodt")],
            timeout: TimeSpan.FromMinutes(3), workingDirectory: _dir.Path);
        Assert.True(made.ExitCode == 0 && File.Exists(_dir.Combine("通知.docx")), made.ToString());

        var (import, build) = ImportAndBuild("通知.docx", "notice");

        Assert.DoesNotContain("warning", import.StdErr);
        Assert.Contains("0 errors, 0 warnings", build.StdOut + build.StdErr);
        var report = File.ReadAllText(_dir.Combine("input/notice/report.md"));
        Assert.Contains("title: \"关于2021年工作的报告\"", report);
        Assert.Contains("organization: \"某某市政协办公室\"", report);
        Assert.Contains("date: 2021-02-22", report);
        Assert.Contains("\n## 2020年工作回顾\n", report);            // 标题 1
        Assert.Contains("\n### 一、坚持创新理论武装\n", report);        // typed, bold
        Assert.Contains("\n#### （一）开展专题学习\n", report);          // typed, not bold
        Assert.Contains("\n### 结语\n", report);                     // 标题 2, based on 标题 1
        Assert.Contains("| 项目 | 数量 |\n| --- | --- |\n| 提案 | 328 |", report);
        Assert.Contains("^^^\n![委员们在会场听取报告](image-1.png)\n^^^ 委员们在听取报告。张延林 摄", report);
        Assert.Contains("[^1]: 指新冠肺炎疫情暴发的一年。", report);
        Assert.Contains("\n坚持用党的创新理论武装头脑。\n", report);    // no 　　 left
        AssertSameText("通知.docx", "notice", frontMatterLines: ["某某市政协办公室", "2021年2月22日"]);
    }

    private (SitegenProcess.Result Import, SitegenProcess.Result Build) ImportAndBuild(string docx, string folder)
    {
        var import = SitegenProcess.Run(_dir.Path, "import", docx, "--output", $"input/{folder}");
        Assert.True(import.ExitCode == 0, import.StdOut + import.StdErr);
        // Punctuation as typed, so the page's characters can be compared with the document's one for one.
        _dir.File("input/site.yml", "title: 测试\nbase_url: https://www.bozhou.gov.cn/archive/\nnormalize_punctuation: false\n");
        var build = SitegenProcess.Run(_dir.Path, "build", "--input", "input", "--output", "output");
        Assert.True(build.ExitCode == 0, build.StdOut + build.StdErr);
        return (import, build);
    }

    /// <summary>
    /// Every paragraph of the document is in the EPUB chapter, in order, and every text block of the chapter is in
    /// the document. The date and signature lines are the paragraphs that move: into the front matter.
    /// </summary>
    private void AssertSameText(string docx, string folder, string[] frontMatterLines)
    {
        var paragraphs = WordText.DocxParagraphs(_dir.Combine(docx));
        var epub = Directory.EnumerateFiles(_dir.Combine($"output/{folder}"), "*.epub").Single();
        var chapter = WordText.EpubChapter(epub);
        var at = 0;
        foreach (var paragraph in paragraphs.Where(p => !frontMatterLines.Contains(p)))
        {
            var found = chapter.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"the document's paragraph “{paragraph}” is not in the built report after position {at}");
            at = found + paragraph.Length;
        }

        var text = string.Concat(paragraphs);
        foreach (var block in WordText.EpubBlocks(epub))
        {
            Assert.True(text.Contains(block, StringComparison.Ordinal), $"the built report's “{block}” is not in the document");
        }
    }

    [GeneratedRegex(@"\^\^\^\n\^\^\^ (.+)\n")]
    private static partial Regex FigureBlock();
}
