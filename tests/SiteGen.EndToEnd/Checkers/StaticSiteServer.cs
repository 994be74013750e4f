using System.Net;
using System.Net.Sockets;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>
/// Serves a folder (e.g. output/site) over http://127.0.0.1:PORT/ so pages load their CSS,
/// fonts, images and relative links as they would on the portal. Loopback only; GET/HEAD only;
/// stops when disposed. A directory URL serves its index.html.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly string _root;

    private StaticSiteServer(string root, HttpListener listener, int port)
    {
        _root = Path.GetFullPath(root);
        _listener = listener;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}/";
        _loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/ (with the trailing slash).</summary>
    public string BaseUrl { get; }

    /// <summary>Requests that got a 404, as paths; lets tests assert there are no broken links/assets.</summary>
    public IReadOnlyCollection<string> NotFound => _notFound.ToArray();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _notFound = new();

    /// <summary>URL of a file given relative to the served root ("index.html", "2024/index.html").</summary>
    public string UrlFor(string relativePath) =>
        BaseUrl + string.Join('/', relativePath.Replace('\\', '/').TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    public static StaticSiteServer Start(string rootDirectory)
    {
        if (!Directory.Exists(rootDirectory))
            throw new DirectoryNotFoundException(rootDirectory);
        // Pick a free port from the OS, then bind HttpListener to it (retry on the rare race).
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(rootDirectory, listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
            if (Directory.Exists(file))
                file = Path.Combine(file, "index.html");
            var inside = file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file == _root;
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
            }
            else if (!inside || !File.Exists(file))
            {
                _notFound.Enqueue(path);
                response.StatusCode = 404;
            }
            else
            {
                response.StatusCode = 200;
                response.ContentType = ContentType(file);
                var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                response.ContentLength64 = bytes.Length;
                if (context.Request.HttpMethod == "GET")
                    await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            try { response.StatusCode = 500; } catch (InvalidOperationException) { }
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    /// <summary>Content types for what the site generator emits.</summary>
    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".xhtml" => "application/xhtml+xml; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        ".ttf" => "font/ttf",
        ".otf" => "font/otf",
        ".pdf" => "application/pdf",
        ".epub" => "application/epub+zip",
        ".txt" => "text/plain; charset=utf-8",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        // HttpListener on Linux can throw "address already in use" while unregistering a prefix that another
        // listener on this busy machine just reused; the server is stopped either way.
        try { _listener.Stop(); _listener.Close(); } catch (Exception e) when (e is ObjectDisposedException or System.Net.HttpListenerException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
