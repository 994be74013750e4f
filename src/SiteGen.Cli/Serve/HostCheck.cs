using System.Net;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The Host header a loopback preview answers to: loopback names only (localhost, *.localhost, 127.x.x.x,
/// [::1]), so a web page elsewhere cannot reach the preview by pointing its own name at 127.0.0.1 (DNS
/// rebinding). When `--host` opens the preview to the network, any name is accepted.
/// </summary>
internal static class HostCheck
{
    public enum Verdict
    {
        Allowed,
        Missing,
        Misdirected,
    }

    public static Verdict Of(HostString host, bool anyHost)
    {
        if (!host.HasValue || host.Host.Length == 0)
        {
            return Verdict.Missing;
        }

        return anyHost || IsLoopbackName(host.Host) ? Verdict.Allowed : Verdict.Misdirected;
    }

    public static bool IsLoopbackName(string name)
    {
        var bare = name.TrimEnd('.');
        if (bare.Equals("localhost", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (bare.StartsWith('[') && bare.EndsWith(']'))
        {
            return IPAddress.TryParse(bare[1..^1], out var v6) && IPAddress.IsLoopback(v6);
        }

        // Only the plain dotted form: "2130706433" or "0x7f.1" parse as 127.0.0.1 too, but are no name a browser sends.
        var parts = bare.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit))
            && IPAddress.TryParse(bare, out var v4) && IPAddress.IsLoopback(v4);
    }
}
