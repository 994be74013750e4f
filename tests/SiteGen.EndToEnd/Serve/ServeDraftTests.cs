using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SiteGen.EndToEnd.Serve;

/// <summary>Issue 11: `sitegen serve` shows a draft (`draft: true`), marked and noindex, which `sitegen build` leaves out.</summary>
public sealed partial class ServeDraftTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-serve-draft-").FullName;

    [Fact]
    public async Task Serve_shows_the_draft_marked_and_build_leaves_it_out()
    {
        Write("input/site.yml", "title: 档案\nbase_url: https://www.bozhou.gov.cn/cppcc/\n");
        Write("input/pub/report.md", "---\ntitle: 已发布\ndate: 2021-02-22\n---\n\n正文。\n");
        Write("input/wip/report.md", "---\ntitle: 草案\ndate: 2022-02-22\ndraft: true\n---\n\n草稿正文。\n");

        using (var process = Start("serve", "--port", "0", "--quiet", "--formats", "html"))
        try
        {
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            }
            while (line is not null && !line.StartsWith("Serving", StringComparison.Ordinal));

            Assert.NotNull(line);
            var address = new Uri(Address().Match(line).Value);
            using (var http = new HttpClient())
            {
                var draft = await http.GetStringAsync(new Uri(address, "wip/index.html"));
                Assert.Contains("class=\"draft-mark\"", draft);
                Assert.Contains("<meta name=\"robots\" content=\"noindex\" />", draft);
                Assert.Contains("草案", await http.GetStringAsync(address));
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // only a failed assertion gets here: never leave the server running
            }
        }

        using (var build = Start("build", "--output", "published", "--formats", "html", "--no-cache", "--quiet"))
        {
            await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            Assert.Equal(0, build.ExitCode);
        }

        Assert.True(File.Exists(Path.Combine(_root, "published", "pub", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_root, "published", "wip")));
        Assert.DoesNotContain("草案", File.ReadAllText(Path.Combine(_root, "published", "index.html")));
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [GeneratedRegex(@"http://[^ ]+/")]
    private static partial Regex Address();
}
