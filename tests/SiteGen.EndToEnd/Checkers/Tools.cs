using System.Diagnostics;
using System.Text;

namespace SiteGen.EndToEnd.Checkers;

/// <summary>The external programs the checkers need; flags so a test can name several.</summary>
[Flags]
public enum Tool
{
    None = 0,
    Chromium = 1,
    Java = 2,
    Vnu = 4,
    EpubCheck = 8,
    Poppler = 16,
    Qpdf = 32,
    Pandoc = 64,
    LibreOffice = 128,
    Ace = 256,
}

/// <summary>
/// Thrown when a checker's program is not installed. Tests that hit it FAIL (never skip)
/// so that a CI machine without the tools cannot pass silently.
/// </summary>
public sealed class CheckerMissingException(string message) : Exception(message);

/// <summary>Finds the repository, the checker programs, and whether we run under CI.</summary>
public static class Tools
{
    public const string InstallHint = "run `bash .ci/install-test-deps` (installs chromium, Java, epubcheck, poppler-utils, qpdf, pandoc, LibreOffice and the npm checkers)";

    /// <summary>True when CI=true (or 1): missing tools must then fail tests, never skip them.</summary>
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci &&
        (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"SiteGen.sln not found above {AppContext.BaseDirectory}");
    });

    /// <summary>The folder holding SiteGen.sln.</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>tests/SiteGen.EndToEnd/tools (package.json of the npm-installed checkers).</summary>
    public static string NpmToolsDir => Path.Combine(RepoRoot, "tests", "SiteGen.EndToEnd", "tools");

    /// <summary>Debian's chromium unless SITEGEN_CHROMIUM names another binary.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Ace by DAISY's command line (npm @daisy/ace-cli, run with node and its puppeteer runner).</summary>
    public static string AceCli => Path.Combine(NpmToolsDir, "node_modules", "@daisy", "ace-cli", "bin", "ace.js");

    public static string VnuJar => Environment.GetEnvironmentVariable("SITEGEN_VNU_JAR")
        ?? Path.Combine(NpmToolsDir, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>
    /// Debian's /usr/bin/epubcheck is the jar itself, run through binfmt_misc, which containers
    /// often lack; so we always start it as `java -jar`.
    /// </summary>
    public static string EpubCheckJar => Environment.GetEnvironmentVariable("SITEGEN_EPUBCHECK_JAR") ?? "/usr/share/java/epubcheck.jar";

    /// <summary>Full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        if (name.Contains('/'))
            return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Why each requested tool is unavailable; empty when all are there.</summary>
    public static IReadOnlyList<string> Missing(Tool tools)
    {
        var missing = new List<string>();
        bool Has(Tool t) => (tools & t) != 0;
        if (Has(Tool.Chromium) && !File.Exists(ChromiumPath))
            missing.Add($"chromium not found at {ChromiumPath}");
        if ((Has(Tool.Java) || Has(Tool.Vnu) || Has(Tool.EpubCheck)) && FindOnPath("java") is null)
            missing.Add("java not found on PATH");
        if (Has(Tool.Vnu) && !File.Exists(VnuJar))
            missing.Add($"vnu.jar not found at {VnuJar}");
        if (Has(Tool.EpubCheck) && !File.Exists(EpubCheckJar))
            missing.Add($"epubcheck jar not found at {EpubCheckJar}");
        if (Has(Tool.Poppler))
        {
            foreach (var exe in new[] { "pdftotext", "pdfinfo", "pdffonts", "pdftoppm" })
                if (FindOnPath(exe) is null) missing.Add($"{exe} (poppler-utils) not found on PATH");
        }
        if (Has(Tool.Qpdf) && FindOnPath("qpdf") is null)
            missing.Add("qpdf not found on PATH");
        if (Has(Tool.Pandoc) && FindOnPath("pandoc") is null)
            missing.Add("pandoc not found on PATH");
        if (Has(Tool.Ace))
        {
            if (FindOnPath("node") is null) missing.Add("node not found on PATH");
            if (!File.Exists(AceCli)) missing.Add($"Ace by DAISY not found at {AceCli}");
            if (!File.Exists(ChromiumPath)) missing.Add($"chromium not found at {ChromiumPath}");
        }
        if (Has(Tool.LibreOffice) && FindOnPath("soffice") is null)
            missing.Add("soffice (libreoffice-writer-nogui) not found on PATH");
        return missing;
    }

    /// <summary>Throws <see cref="CheckerMissingException"/> naming every missing tool.</summary>
    public static void Require(Tool tools)
    {
        var missing = Missing(tools);
        if (missing.Count > 0)
            throw new CheckerMissingException($"Checker tool missing: {string.Join("; ", missing)}. To install: {InstallHint}.");
    }
}

/// <summary>Output of one external program run.</summary>
public sealed record ProcessResult(string FileName, IReadOnlyList<string> Arguments, int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed)
{
    public string CommandLine => FileName + " " + string.Join(" ", Arguments);
    public override string ToString() => $"`{CommandLine}` exited {ExitCode} after {Elapsed.TotalSeconds:F1}s\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>Runs a program with arguments (no shell), capturing UTF-8 output, with a time limit.</summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null, byte[]? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var args = arguments.ToList();
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // Poppler and Java pick their output encoding from the locale: force UTF-8.
        psi.Environment["LC_ALL"] = "C.UTF-8";
        psi.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            psi.Environment[name] = value;

        var sw = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            throw new TimeoutException($"`{fileName} {string.Join(" ", args)}` did not finish within {limit}");
        }
        process.WaitForExit(); // flush the async readers
        return new ProcessResult(fileName, args, process.ExitCode, stdout.Result, stderr.Result, sw.Elapsed);
    }
}
