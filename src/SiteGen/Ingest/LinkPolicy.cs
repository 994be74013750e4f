using SiteGen.Model;

namespace SiteGen.Ingest;

/// <summary>Which link targets may reach the output: every kind but <see cref="LinkKind.Unsafe"/>.</summary>
internal static class LinkPolicy
{
    /// <summary>The href to use, or null when it must not be emitted (javascript:, data:, vbscript:, file:…).</summary>
    public static string? Check(string href) => LinkKinds.Of(href) == LinkKind.Unsafe ? null : href.Trim();
}
