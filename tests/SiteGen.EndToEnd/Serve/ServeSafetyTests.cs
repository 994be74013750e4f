using System.Net;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;

namespace SiteGen.EndToEnd.Serve;

/// <summary>`sitegen serve` against what a hostile page, a big file or a crashing build does to it, over real loopback HTTP.</summary>
[Collection(AloneCollection.Name)] // one test counts the process's allocations: nothing else may run beside it
public sealed class ServeSafetyTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-serve-safety-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(3) };
    private readonly List<string> _crashes = [];
    private PreviewServer _server = null!;
    private int _builds;

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");
    private Uri Address => _server.Address!;

    public async Task InitializeAsync()
    {
        WriteReport("第一份报告");
        var options = new BuildOptions
        {
            InputDirectory = Input,
            OutputDirectory = Output,
            DefaultTemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
        };
        // The first build is real; every later one throws, as a bug in a build step would.
        _server = new PreviewServer(options, Input, NullBuildLog.Instance, build: (o, l) =>
            Interlocked.Increment(ref _builds) == 1 ? PreviewPages.Build(o, l) : throw new InvalidOperationException("step exploded"),
            crashed: m => { lock (_crashes) { _crashes.Add(m); } });
        await _server.StartAsync(IPAddress.Loopback, 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST.")]
    [InlineData("preview.localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("[::1]")]
    public async Task Loopback_names_are_answered(string host)
    {
        var (status, _) = await RawHttp.GetWithHostAsync(Address, "/__preview/one.html", $"{host}:{Address.Port}");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("192.168.1.10")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("2130706433")] // 127.0.0.1 as one number: a browser would not call that loopback by name
    public async Task Other_names_get_421_so_a_rebound_name_cannot_read_the_preview(string host)
    {
        var (status, body) = await RawHttp.GetWithHostAsync(Address, "/__preview/one.html", $"{host}:{Address.Port}");

        Assert.Equal(421, status);
        Assert.DoesNotContain("第一份报告", body);
        Assert.Contains("--host", body);
    }

    [Fact]
    public async Task A_request_without_a_host_gets_400()
    {
        var (status, body) = await RawHttp.GetWithHostAsync(Address, "/__preview/one.html", null);

        Assert.Equal(400, status);
        Assert.DoesNotContain("第一份报告", body);
    }

    [Theory]
    [InlineData("__preview/one.html", true)]
    [InlineData("__preview/sample.xml", true)]
    [InlineData("__preview/sample.pdf", false)]
    [InlineData("__preview/sample.css", false)]
    [InlineData("__sitegen/live.js", false)]
    [InlineData("no/such/file.html", false)]
    public async Task Every_response_says_nosniff_and_documents_carry_a_content_security_policy(string path, bool policy)
    {
        using var response = await _http.GetAsync(new Uri(Address, path));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(policy, response.Headers.TryGetValues("Content-Security-Policy", out var values));
        if (policy)
        {
            Assert.Contains("script-src 'self'", Assert.Single(values!));
        }
    }

    [Fact]
    public async Task A_404_names_the_request_path_never_a_folder_of_the_machine()
    {
        using var response = await _http.GetAsync(new Uri(Address, "missing/page.html"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/missing/page.html", body);
        Assert.DoesNotContain(_root, body);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body);
    }

    [Fact]
    public async Task Twenty_concurrent_requests_for_a_100_MB_file_all_get_every_byte()
    {
        const int Size = 100 << 20;
        await using (var file = File.Create(Path.Combine(Output, "big.bin")))
        {
            var piece = new byte[1 << 20];
            for (var i = 0; i < 100; i++)
            {
                piece[0] = (byte)i;
                await file.WriteAsync(piece);
            }
        }

        // The server runs in this process: streaming allocates buffers, reading whole files would allocate 2 GB.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var lengths = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await _http.GetAsync(new Uri(Address, "big.bin"), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Size, response.Content.Headers.ContentLength);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }));

        Assert.All(lengths, l => Assert.Equal(Size, l));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(allocated < 200L << 20, $"{allocated >> 20} MiB allocated while sending 2000 MiB");
    }

    [Fact]
    public async Task A_rebuild_that_crashes_is_reported_in_the_log_and_in_the_overlay()
    {
        using var events = await _http.GetStreamAsync(new Uri(Address, LiveReload.EventsPath.TrimStart('/')));
        using var reader = new StreamReader(events);
        await reader.ReadLineAsync();

        WriteReport("改过的报告");

        string? line;
        do
        {
            line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));

        Assert.Equal("event: reload", line);
        lock (_crashes)
        {
            Assert.Contains("InvalidOperationException: step exploded", Assert.Single(_crashes));
        }

        var page = await _http.GetStringAsync(new Uri(Address, "__preview/one.html"));
        Assert.Contains("第一份报告", page); // the last good build, underneath
        Assert.Contains("sitegen-errors", page);
        Assert.Contains("The latest build crashed", page);
        Assert.Contains("InvalidOperationException: step exploded", page);
    }

    private void WriteReport(string title)
    {
        var folder = Path.Combine(Input, "one");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.md"), $"---\ntitle: {title}\ndate: 2021-02-22\nslug: one\n---\n\n## 概述\n\n正文。\n");
    }
}

/// <summary>Tests that measure the whole test process (allocated bytes) run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
