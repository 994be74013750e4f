using System.IO.Compression;
using System.Text;
using SiteGen.Archive;
using SiteGen.Epub;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>
/// A built site in memory: the sample report's EPUB (real step), a stand-in HTML page, stylesheet, font and
/// PDF, another report's files and the archive home; then the real PackBag.
/// </summary>
internal sealed class BagFixture
{
    /// <summary>The sample report's bag: it has no revisions, so it is version 1.</summary>
    public const string BagPath = "archive/cppcc-2021-v1.zip";

    public BagFixture(Model.Report? report = null)
    {
        report ??= SampleReport.Create();
        Input = SampleReport.CreateInputFolder();
        File.WriteAllText(Path.Combine(Input, "cppcc-2021", "report.md"), report.SourceText);
        Context = TestBuild.Context(Input);
        var state = new WriteEpub().Run(TestBuild.State(report), Context);
        state = state
            .WithFile(Text("cppcc-2021/index.html",
                """<html><head><link rel="stylesheet" href="../assets/site.css"><link rel="alternate" href="../feed.xml"></head><body><img src="images/meeting.png" alt="x"><a href="../">home</a><a href="../other-2020/">other</a><a href="../other-2020/other-2020.pdf">pdf</a><a href="../archive/cppcc-2021-v1.zip">bag</a><a href="https://example.org/x.css">ext</a></body></html>"""))
            .WithFile(Context.Output.Write("cppcc-2021/images/meeting.png", SampleReport.Png))
            .WithFile(Text("cppcc-2021/cppcc-2021.pdf", "%PDF-1.7 screen"))
            .WithFile(Text("assets/site.css", "@font-face { src: url('fonts/serif.woff2'); }"))
            .WithFile(Text("assets/fonts/serif.woff2", "font"))
            .WithFile(Text("assets/unused.css", "unused"))
            .WithFile(Text("index.html", "<html>home</html>"))
            .WithFile(Text("feed.xml", "<feed/>"))
            .WithFile(Text("other-2020/index.html", "<html>other</html>"))
            .WithFile(Text("other-2020/other-2020.pdf", "%PDF other"))
            .WithFormat("cppcc-2021", new ReportFormat(FormatKinds.Html, "网页", "cppcc-2021/index.html", "text/html", 100))
            .WithFormat("cppcc-2021", new ReportFormat(FormatKinds.ScreenPdf, "PDF", "cppcc-2021/cppcc-2021.pdf", "application/pdf", 15, 12));
        Before = state;
        State = new PackBag().Run(state, Context);
        Bytes = State.Files[BundleFormat.PathOf(report)].ReadAllBytes(); // the version's own name (v2 after one revision)
    }

    public string Input { get; }
    public BuildContext Context { get; }
    public BuildState Before { get; }
    public BuildState State { get; }
    public byte[] Bytes { get; }

    public Dictionary<string, byte[]> Entries() => ReadEntries(Bytes);

    public string EntryText(string name) => Encoding.UTF8.GetString(Entries()[name]);

    public static Dictionary<string, byte[]> ReadEntries(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var buffer = new MemoryStream();
            using var stream = e.Open();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    /// <summary>The bag rewritten entry by entry: return null to delete, other bytes to alter.</summary>
    public byte[] Tampered(Func<string, byte[], byte[]?> change, params (string Name, string Text)[] added)
    {
        var items = Entries().Select(e => (e.Key, Content: change(e.Key, e.Value)))
            .Where(e => e.Content is not null)
            .Select(e => new ZipItem(e.Key, e.Content!))
            .Concat(added.Select(a => new ZipItem(a.Name, Encoding.UTF8.GetBytes(a.Text))));
        return DeterministicZip.Create(items, new DateOnly(2021, 2, 22));
    }

    private OutputFile Text(string path, string text) => Context.Output.Write(path, Encoding.UTF8.GetBytes(text));
}
