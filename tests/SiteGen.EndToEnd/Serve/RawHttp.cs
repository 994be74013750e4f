using System.Net.Sockets;
using System.Text;

namespace SiteGen.EndToEnd.Serve;

/// <summary>Sends a request line exactly as written; HttpClient would clean up "..", which is what the tests must send.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = response.Split("\r\n", 2)[0].Split(' ');
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal) ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : "";
        return (int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), body);
    }
}
