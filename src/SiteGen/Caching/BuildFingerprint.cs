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

    /// <summary>SiteGen's assemblies and every non-framework assembly they reference, by name, version and module id.</summary>
    private static SortedDictionary<string, string> CodeIdentities()
    {
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(BuildFingerprint).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            var name = assembly.GetName().Name ?? assembly.FullName ?? "?";
            if (seen.ContainsKey(name))
            {
                continue;
            }

            seen[name] = $"{assembly.GetName().Version}/{assembly.ManifestModule.ModuleVersionId:N}";
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!IsFramework(reference.Name) && !seen.ContainsKey(reference.Name ?? ""))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return seen;
    }

    private static bool IsFramework(string? name) =>
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
