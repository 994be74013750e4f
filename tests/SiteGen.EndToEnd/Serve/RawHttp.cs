using System.Net.Sockets;
using System.Text;

namespace SiteGen.EndToEnd.Serve;

/// <summary>Sends a request line exactly as written; HttpClient would clean up "..", which is what the tests must send.</summary>
internal static class RawHttp
{
    public static Task<(int Status, string Body)> GetAsync(Uri server, string target) =>
        SendAsync(server, $"GET {target} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n\r\n");

    /// <summary>A request with the Host header given (null: an HTTP/1.0 request without one).</summary>
    public static Task<(int Status, string Body)> GetWithHostAsync(Uri server, string target, string? host) =>
        SendAsync(server, host is null
            ? $"GET {target} HTTP/1.0\r\nConnection: close\r\n\r\n"
            : $"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");

    private static async Task<(int Status, string Body)> SendAsync(Uri server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = response.Split("\r\n", 2)[0].Split(' ');
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal) ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : "";
        return (int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), body);
    }
}
