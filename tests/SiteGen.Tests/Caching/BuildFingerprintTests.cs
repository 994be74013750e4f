using System.Reflection;
using SiteGen.Caching;

namespace SiteGen.Tests.Caching;

public sealed class BuildFingerprintTests
{
    [Fact]
    public void The_code_in_the_key_is_every_library_SiteGen_reaches()
    {
        // The fingerprint names its assemblies (an ahead-of-time program cannot list references); walking the
        // references here catches a library added to SiteGen but not to the list, whose change would then
        // leave stale pages in every cache.
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(BuildFingerprint).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!reached.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !BuildFingerprint.IsFramework(r.Name)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        Assert.Equal(reached, BuildFingerprint.CodeAssemblies.Order(StringComparer.Ordinal));
    }
}
