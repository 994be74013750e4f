using SiteGen.EndToEnd.Harness;
using System.Diagnostics;
using SiteGen.EndToEnd.Archive;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The `sitegen` command as the README installs it: .ci/install-sitegen (what .ci/build runs) into a
/// prefix, and .ci/publish-single-file for a machine without .NET. Each is run from an unrelated folder,
/// so nothing may be found relative to the working folder. Slow (each publishes the CLI).
/// </summary>
[Collection(InstalledProgramCollection.Name)]
public sealed class InstalledCommandTests(InstalledProgram installed) : IDisposable
{
    private const string Report = "---\ntitle: 安装测试\ndate: 2021-02-22\n---\n\n## 概述\n\n正文。\n";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-installed-").FullName;

    private static string Repo => InstalledProgram.Repo;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_install_script_leaves_a_sitegen_command_that_works_from_any_folder()
    {
        Assert.True(installed.Install.ExitCode == 0, installed.Install.ToString());
        var sitegen = installed.Launcher;
        Assert.Equal(sitegen, installed.Install.StdOut.Trim());
        var elsewhere = Site();

        var version = Run(sitegen, ["--version"], elsewhere);
        var help = Run(sitegen, ["--help"], elsewhere);
        var build = Run(sitegen, ["build"], elsewhere);

        Assert.StartsWith("sitegen 1.", version.StdOut);
        Assert.Contains("Usage:\n  sitegen [command] [options]", help.StdOut.ReplaceLineEndings("\n"));
        Assert.True(build.ExitCode == 0, build.ToString());
        // PDF editions come from the built-in edition settings, found beside the program.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(elsewhere, "output"), "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void Users_get_a_native_program_that_needs_no_dotnet_to_start()
    {
        Assert.True(installed.Install.ExitCode == 0, installed.Install.ToString());
        var program = Path.Combine(installed.Lib, "SiteGen.Cli");

        // An ELF executable compiled ahead of time, not IL for the runtime to compile at start-up.
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(program)[..4]);
        Assert.Empty(Directory.GetFiles(installed.Lib, "*.dll"));
        Assert.Contains(program, File.ReadAllText(installed.Launcher));
        // It runs with no dotnet on the PATH (fc-match only) and no DOTNET_ROOT.
        var path = Directory.CreateDirectory(Path.Combine(_root, "path-native")).FullName;
        File.CreateSymbolicLink(Path.Combine(path, "fc-match"), "/usr/bin/fc-match");
        var clean = new Dictionary<string, string?> { ["PATH"] = path, ["DOTNET_ROOT"] = null, ["DOTNET_HOST_PATH"] = null };
        var elsewhere = Site();
        var build = Run(installed.Launcher, ["build"], elsewhere, clean);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(elsewhere, "output"), "*.epub", SearchOption.AllDirectories));
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

    private static CliRun.Result Run(string program, string[] args, string workingDirectory, Dictionary<string, string?>? environment = null) =>
        InstalledProgram.Run(program, args, workingDirectory, environment);
}
