using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>
/// Checks a bag zip the way a portal's own tools would, with none of SiteGen's code: Info-ZIP's unzip
/// unpacks it into a temporary folder, coreutils' sha256sum -c (sha512sum, sha1sum, md5sum for other
/// algorithms) checks every manifest and tag manifest, and this class recomputes Payload-Oxum from the
/// unpacked files, reads bagit.txt, and checks that the manifests list every file (sha256sum -c only checks
/// what is listed) and that no name holds what BagIt tools read differently ('%', control characters).
/// Used on every bag the test suites build (<see cref="CheckAll"/>), next to SiteGen's own verifier.
/// </summary>
public static class IndependentBagCheck
{
    /// <summary>Every bag in &lt;output&gt;/archive; throws with every problem found.</summary>
    public static void CheckAll(string outputFolder)
    {
        var archive = Path.Combine(outputFolder, "archive");
        if (!Directory.Exists(archive))
        {
            return;
        }

        var problems = Directory.GetFiles(archive, "*.zip").Order(StringComparer.Ordinal)
            .SelectMany(bag => Problems(bag).Select(p => $"{Path.GetFileName(bag)}: {p}")).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("independent bag check failed:\n" + string.Join("\n", problems));
        }
    }

    /// <summary>What is wrong with one bag zip; empty when every check passes.</summary>
    public static IReadOnlyList<string> Problems(string zip)
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-bagcheck-");
        try
        {
            return Check(zip, temp.FullName);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static List<string> Check(string zip, string into)
    {
        var problems = new List<string>();
        var (unzipExit, unzipOut) = Run(into, "unzip", "-q", "-o", zip, "-d", into);
        if (unzipExit != 0)
        {
            return [$"unzip exited {unzipExit}: {unzipOut}"];
        }

        var folders = Directory.GetDirectories(into);
        if (folders.Length != 1 || Directory.GetFiles(into).Length != 0)
        {
            return [$"a bag zip holds one top-level folder; found {folders.Length} folders and {Directory.GetFiles(into).Length} files"];
        }

        var bag = folders[0];
        var declaration = Path.Combine(bag, "bagit.txt");
        if (!File.Exists(declaration) ||
            File.ReadAllText(declaration) is var text && !(text.Contains("BagIt-Version: 1.0\n") && text.Contains("Tag-File-Character-Encoding: UTF-8\n")))
        {
            problems.Add("bagit.txt is missing or does not declare BagIt-Version 1.0 and UTF-8");
        }

        var all = Directory.GetFiles(bag, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bag, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        problems.AddRange(all.Where(n => n.Contains('%') || n.Any(char.IsControl)).Select(n => $"'{n}' holds '%' or a control character"));
        var payload = all.Where(n => n.StartsWith("data/", StringComparison.Ordinal)).ToList();
        var manifests = all.Where(n => !n.Contains('/') && n.StartsWith("manifest-", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var tagManifests = all.Where(n => !n.Contains('/') && n.StartsWith("tagmanifest-", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        if (manifests.Count == 0)
        {
            problems.Add("no payload manifest (manifest-<algorithm>.txt)");
        }

        foreach (var manifest in manifests.Concat(tagManifests))
        {
            var algorithm = manifest[(manifest.IndexOf('-') + 1)..^4];
            var (exit, output) = Run(bag, $"{algorithm}sum", "-c", "--strict", "--quiet", manifest);
            if (exit != 0)
            {
                problems.Add($"{algorithm}sum -c {manifest} exited {exit}: {output.Trim()}");
            }

            var listed = File.ReadAllLines(Path.Combine(bag, manifest)).Select(l => l[(l.IndexOf(' ') + 2)..]).ToHashSet(StringComparer.Ordinal);
            var expected = manifest.StartsWith("tag", StringComparison.Ordinal)
                ? all.Where(n => !n.StartsWith("data/", StringComparison.Ordinal) && !tagManifests.Contains(n))
                : payload;
            problems.AddRange(expected.Where(n => !listed.Contains(n)).Select(n => $"{manifest} does not list {n}"));
        }

        var info = Path.Combine(bag, "bag-info.txt");
        var oxum = File.Exists(info) ? File.ReadAllLines(info).FirstOrDefault(l => l.StartsWith("Payload-Oxum: ", StringComparison.Ordinal)) : null;
        var actual = string.Create(CultureInfo.InvariantCulture, $"{payload.Sum(p => new FileInfo(Path.Combine(bag, p)).Length)}.{payload.Count}");
        if (oxum is null)
        {
            problems.Add("bag-info.txt has no Payload-Oxum");
        }
        else if (oxum["Payload-Oxum: ".Length..] != actual)
        {
            problems.Add($"bag-info.txt says {oxum}, the unpacked payload is {actual}");
        }

        return problems;
    }

    private static (int Exit, string Output) Run(string folder, string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Info-ZIP reads the zip's UTF-8 flag only under a UTF-8 locale.
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
