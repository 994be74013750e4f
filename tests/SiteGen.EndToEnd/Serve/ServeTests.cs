using System.Net;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Serve;

/// <summary>`sitegen serve` in-process on a free loopback port, against a temporary copy of an input folder.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private const string Secret = "SECRET-OUTSIDE-THE-OUTPUT";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-serve-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private PreviewServer _server = null!;

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");
    private Uri Address => _server.Address!;

    public async Task InitializeAsync()
    {
        WriteReport("one", "第一份报告");
        WriteReport("two", "第二份报告");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), Secret);
        var options = new BuildOptions
        {
            InputDirectory = Input,
            OutputDirectory = Output,
            DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
        };
        _server = new PreviewServer(options, Input, NullBuildLog.Instance, build: PreviewPages.Build);
        await _server.StartAsync(IPAddress.Loopback, 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_which_the_built_files_never_contain()
    {
        using var response = await _http.GetAsync(new Uri(Address, "__preview/one.html"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("第一份报告", body);
        Assert.Contains(LiveReload.ScriptPath, body);
        Assert.DoesNotContain(LiveReload.ScriptPath, File.ReadAllText(Path.Combine(Output, "__preview", "one.html")));
    }

    [Theory]
    [InlineData("epub", "application/epub+zip")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("xml", "application/xml; charset=utf-8")]
    [InlineData("json", "application/json; charset=utf-8")]
    [InlineData("css", "text/css; charset=utf-8")]
    public async Task Files_carry_their_media_type(string extension, string expected)
    {
        using var response = await _http.GetAsync(new Uri(Address, $"__preview/sample.{extension}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/__preview/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/__preview/..%2f..%2fsecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/TMP_ROOT/secret.txt")]
    [InlineData("TMP_ROOT/secret.txt")]
    [InlineData("http://localhost/../secret.txt")]
    public async Task Nothing_outside_the_output_folder_is_served(string target)
    {
        var (status, body) = await RawHttp.GetAsync(Address, target.Replace("TMP_ROOT", _root.TrimStart('/'), StringComparison.Ordinal));

        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain(Secret, body);
    }

    [Fact]
    public async Task Editing_a_report_rebuilds_and_tells_open_pages_to_reload()
    {
        using var events = await _http.GetStreamAsync(new Uri(Address, LiveReload.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        WriteReport("one", "改过的报告");

        Assert.Equal("event: reload", await ReadEventLine(reader));
        var body = await _http.GetStringAsync(new Uri(Address, "__preview/one.html"));
        Assert.Contains("改过的报告", body);
    }

    [Fact]
    public async Task A_report_with_errors_shows_its_diagnostics_over_the_last_good_build()
    {
        using var events = await _http.GetStreamAsync(new Uri(Address, LiveReload.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        await reader.ReadLineAsync();

        File.WriteAllText(Path.Combine(Input, "two", "report.md"), "---\ndate: 2021-02-22\n---\n\n正文。\n");

        Assert.Equal("event: reload", await ReadEventLine(reader));
        var body = await _http.GetStringAsync(new Uri(Address, "__preview/two.html"));
        Assert.Contains("第二份报告", body);
        Assert.Contains("sitegen-errors", body);
        Assert.Contains("two/report.md:1:1: error SG001", body);
    }

    private static async Task<string?> ReadEventLine(StreamReader reader)
    {
        while (true)
        {
            var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (line is null || line.StartsWith("event:", StringComparison.Ordinal))
            {
                return line;
            }
        }
    }

    private void WriteReport(string slug, string title)
    {
        var folder = Path.Combine(Input, slug);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.md"), $"---\ntitle: {title}\ndate: 2021-02-22\nslug: {slug}\n---\n\n## 概述\n\n正文。\n");
    }
}
