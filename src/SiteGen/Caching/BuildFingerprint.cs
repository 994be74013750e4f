using System.Reflection;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Caching;

/// <summary>
/// What every cached result depends on besides its own report: SiteGen's code (and the libraries it uses),
/// the templates and edition settings, and site.yml. Any change here misses every entry, so a new version
/// or an edited template rebuilds everything it touches.
/// </summary>
internal static class BuildFingerprint
{
    /// <summary>Bump when the entry layout on disk changes.</summary>
    private const string LayoutVersion = "sitegen-cache-2";

    public static string Compute(BuildOptions options)
    {
        var key = new CacheKey().Add("layout", LayoutVersion).Add("runtime", Environment.Version.ToString());
        foreach (var (name, identity) in CodeIdentities())
        {
            key.Add("assembly:" + name, identity);
        }

        // HarfBuzz is used through its native library alone (no managed wrapper), so it has no assembly to name.
        key.Add("native:harfbuzz", Typesetting.Fonts.HarfBuzzNative.Version);

        AddFolder(key, "templates", options.DefaultTemplatesDirectory);
        if (options.TemplatesDirectory is { } own)
        {
            AddFolder(key, "site-templates", own);
        }

        // A preview's pages, bags and identifiers differ from a publication's of the same input.
        key.Add("preview", options.Preview ? options.PreviewBaseUrl : "\u0000publication");
        key.AddFile("site.yml", Path.Combine(options.InputDirectory, SiteSettingsReader.FileName));
        return key.Finish();
    }

    /// <summary>
    /// SiteGen's assemblies and every non-framework assembly they reference, directly or not. Named here rather
    /// than found by walking references at run time: the installed program is compiled ahead of time, where an
    /// assembly's references cannot be listed. A test walks the references and holds this list to them.
    /// </summary>
    internal static readonly IReadOnlyList<string> CodeAssemblies =
    [
        "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "Markdig", "PdfSharp",
        "PdfSharp.Shared", "PdfSharp.System", "Scriban.Signed", "SiteGen", "SiteGen.Typesetting", "YamlDotNet",
    ];

    /// <summary>Each of <see cref="CodeAssemblies"/> by name, version and module id ("absent" if trimmed away whole).</summary>
    private static SortedDictionary<string, string> CodeIdentities()
    {
        var identities = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in CodeAssemblies)
        {
            identities[name] = Identity(name);
        }

        return identities;
    }

    private static string Identity(string name)
    {
        try
        {
            var assembly = Assembly.Load(new AssemblyName(name));
            return $"{assembly.GetName().Version}/{assembly.ManifestModule.ModuleVersionId:N}";
        }
        catch (FileNotFoundException)
        {
            return "absent";
        }
    }

    /// <summary>Whether an assembly belongs to .NET itself, whose version the key already holds.</summary>
    internal static bool IsFramework(string? name) =>
        name is null || name is "mscorlib" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal);

    private static void AddFolder(CacheKey key, string label, string folder)
    {
        if (!Directory.Exists(folder))
        {
            key.Add(label, "\u0000missing");
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            key.AddFile($"{label}/{relative}", full);
        }
    }
}
