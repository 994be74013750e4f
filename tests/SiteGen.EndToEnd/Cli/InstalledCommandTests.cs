using SiteGen.EndToEnd.Harness;
using System.Diagnostics;
using SiteGen.EndToEnd.Archive;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The `sitegen` command as the README installs it: .ci/install-sitegen (what .ci/build runs) into a
/// prefix, and .ci/publish-single-file for a machine without .NET. Each is run from an unrelated folder,
/// so nothing may be found relative to the working folder. Slow (each publishes the CLI).
/// </summary>
public sealed class InstalledCommandTests : IDisposable
{
    private const string Report = "---\ntitle: 安装测试\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-installed-").FullName;

    private static string Repo => Path.GetDirectoryName(RepoInput.Folder)!;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_install_script_leaves_a_sitegen_command_that_works_from_any_folder()
    {
        var prefix = Path.Combine(_root, "prefix");
        var install = Run("bash", [Path.Combine(Repo, ".ci", "install-sitegen")], Repo, new() { ["SITEGEN_PREFIX"] = prefix });
        Assert.True(install.ExitCode == 0, install.ToString());
        var sitegen = Path.Combine(prefix, "bin", "sitegen");
        Assert.Equal(sitegen, install.StdOut.Trim());
        var elsewhere = Site();

        var version = Run(sitegen, ["--version"], elsewhere);
        var help = Run(sitegen, ["--help"], elsewhere);
        var build = Run(sitegen, ["build"], elsewhere);

        Assert.StartsWith("sitegen 1.", version.StdOut);
        Assert.Contains("Usage:\n  sitegen [command] [options]", help.StdOut.ReplaceLineEndings("\n"));
        Assert.True(build.ExitCode == 0, build.ToString());
        // PDF editions come from the built-in edition settings, found beside the program.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(elsewhere, "output"), "*.pdf", SearchOption.AllDirectories));
        // Users get the fast-starting program: SiteGen's own assemblies precompiled (ReadyToRun), not plain IL.
        foreach (var assembly in new[] { "SiteGen.Cli.dll", "SiteGen.dll", "SiteGen.Typesetting.dll" })
        {
            Assert.True(IsReadyToRun(Path.Combine(prefix, "lib", "sitegen", assembly)), $"{assembly} was installed without ReadyToRun code");
        }
    }

    /// <summary>A ReadyToRun image carries a managed native header in its CLI header; plain IL has none.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Fact]
    public void The_single_file_program_runs_without_dotnet_from_any_folder()
    {
        var dist = Path.Combine(_root, "dist");
        var publish = Run("bash", [Path.Combine(Repo, ".ci", "publish-single-file"), dist], Repo);
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var sitegen = Path.Combine(dist, "sitegen");
        Assert.Equal(["sitegen"], Directory.GetFileSystemEntries(dist).Select(Path.GetFileName));

        // A PATH with fc-match (how fonts are found) and no dotnet; no DOTNET_ROOT; a HOME of its own to unpack into.
        var path = Directory.CreateDirectory(Path.Combine(_root, "path")).FullName;
        File.CreateSymbolicLink(Path.Combine(path, "fc-match"), "/usr/bin/fc-match");
        var home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        var clean = new Dictionary<string, string?> { ["PATH"] = path, ["HOME"] = home, ["DOTNET_ROOT"] = null, ["DOTNET_HOST_PATH"] = null };
        var elsewhere = Site();

        var version = Run(sitegen, ["--version"], elsewhere, clean);
        var build = Run(sitegen, ["build"], elsewhere, clean);

        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith("sitegen 1.", version.StdOut);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 errors, 0 warnings", build.StdOut + build.StdErr);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(elsewhere, "output"), "*.pdf", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(elsewhere, "output"), "*.epub", SearchOption.AllDirectories));
    }

    /// <summary>A site folder far from the repository: input/one/report.md.</summary>
    private string Site()
    {
        var site = Path.Combine(_root, "site-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(site, "input", "one"));
        File.WriteAllText(Path.Combine(site, "input", "one", "report.md"), Report);
        File.WriteAllText(Path.Combine(site, "input", "site.yml"), PublishedSite.SiteYml);
        return site;
    }

    private static CliRun.Result Run(string program, string[] args, string workingDirectory, Dictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SITEGEN_LANG"] = "en"; // the English words these tests pin, whatever the machine's locale
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? [])
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 15 minutes");
        }

        return new CliRun.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
