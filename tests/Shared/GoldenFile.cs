using Xunit;

namespace SiteGen.Tests.Shared;

/// <summary>
/// One committed golden file: compared line by line (the failure names the first line that differs), or rewritten
/// when SITEGEN_UPDATE_GOLDEN=1 after an intended change. Linked into every test project that keeps golden files.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string actual, string path, string what)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}; create it with SITEGEN_UPDATE_GOLDEN=1.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{what} differs from {path} at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "(end)")}\n  now:    {(line < a.Length ? a[line] : "(end)")}\n" +
                    "If the change is intended, rewrite the golden files with SITEGEN_UPDATE_GOLDEN=1, read the diff and commit them.");
    }
}
