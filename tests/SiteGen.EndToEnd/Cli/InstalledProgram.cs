using System.Diagnostics;
using SiteGen.EndToEnd.Archive;

namespace SiteGen.EndToEnd.Cli;

/// <summary>
/// The `sitegen` command as the README installs it (.ci/install-sitegen, what .ci/build runs), installed once into
/// a temporary prefix for the test classes that use it: publishing the native program takes minutes.
/// </summary>
public sealed class InstalledProgram : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-installed-").FullName;

    public InstalledProgram()
    {
        Prefix = Path.Combine(_root, "prefix");
        Install = Run("bash", [Path.Combine(Repo, ".ci", "install-sitegen")], Repo, new() { ["SITEGEN_PREFIX"] = Prefix });
    }

    public static string Repo => Path.GetDirectoryName(RepoInput.Folder)!;

    public string Prefix { get; }

    /// <summary>What the install script printed and its exit code; the tests assert on it.</summary>
    public CliRun.Result Install { get; }

    /// <summary>The launcher on the PATH.</summary>
    public string Launcher => Path.Combine(Prefix, "bin", "sitegen");

    /// <summary>The folder the program and its templates are published into.</summary>
    public string Lib => Path.Combine(Prefix, "lib", "sitegen");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public CliRun.Result Sitegen(string workingDirectory, params string[] args) => Run(Launcher, args, workingDirectory);

    public static CliRun.Result Run(string program, string[] args, string workingDirectory, Dictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory };
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

        var (exitCode, stdout, stderr) = Harness.ProcessRun.Collect(start, TimeSpan.FromMinutes(15));
        return new CliRun.Result(exitCode, stdout, stderr);
    }
}

/// <summary>The test classes that share one installed program (one publish for the whole run).</summary>
[CollectionDefinition(Name)]
public sealed class InstalledProgramCollection : ICollectionFixture<InstalledProgram>
{
    public const string Name = "Installed program";
}
