using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Model;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Imports a test's Word document into a temporary folder and reads the result back as SiteGen does.</summary>
internal sealed class Imported : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-import-").FullName;

    public Imported(WordDoc document, Action<WordDoc>? addProperties = null)
    {
        addProperties?.Invoke(document);
        var path = document.Save(_root);
        Folder = Path.Combine(_root, "input", "imported");
        Result = DocxImport.Run(path, Folder, "report.docx");
        Markdown = Result.Written ? File.ReadAllText(Path.Combine(Folder, "report.md")) : "";
    }

    public string Folder { get; }

    public DocxImport.Result Result { get; }

    public string Markdown { get; }

    public IEnumerable<Diagnostic> Warnings(string code) => Result.Diagnostics.Where(d => d.Code == code);

    /// <summary>The report as SiteGen's ingestion reads it (punctuation left as typed), with its diagnostics.</summary>
    public (Report Report, IReadOnlyList<Diagnostic> Diagnostics) Parse()
    {
        var bag = new DiagnosticBag();
        var report = SiteGen.Ingest.ReportParser.Parse("imported/report.md", Markdown, Path.Combine(_root, "input"), SiteSettings.Default with { NormalizePunctuation = false }, bag);
        Assert.NotNull(report);
        return (report, bag.Sorted());
    }

    /// <summary>Every character a reader of the report gets, title and body, whitespace removed.</summary>
    public string ReportText()
    {
        var (report, diagnostics) = Parse();
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var parts = new List<string> { report.Metadata.Title };
        foreach (var block in ReportWalker.Blocks(report))
        {
            parts.Add(block switch
            {
                HeadingBlock h => InlineText.Of(h.Content),
                Model.ParagraphBlock p => InlineText.Of(p.Content),
                Model.TableBlock t => string.Concat(t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).Select(c => InlineText.Of(c.Content))),
                Model.FigureBlock f => InlineText.Of(f.Caption),
                _ => "",
            });
        }

        return Squeeze(string.Concat(parts));
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
