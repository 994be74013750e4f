using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Output;

/// <summary>
/// The writer's sibling folders, .&lt;output&gt;.staging-&lt;pid&gt; and .&lt;output&gt;.previous-&lt;pid&gt;, and what a
/// build killed mid-write leaves of them. A leftover belongs to a dead process and carries the marker; a live
/// process's folders are another build's work in progress and are left alone.
/// </summary>
internal sealed class OutputLeftovers(string target)
{
    private readonly string _parent = Path.GetDirectoryName(target)!;
    private readonly string _name = Path.GetFileName(target);

    public string Staging(int pid) => Path.Combine(_parent, $".{_name}.staging-{pid.ToString(CultureInfo.InvariantCulture)}");

    public string Retired(int pid) => Path.Combine(_parent, $".{_name}.previous-{pid.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Puts back an old output a crash left retired, then deletes the dead builds' marked folders.</summary>
    public void Recover()
    {
        var dead = Find("previous").Concat(Find("staging")).Where(f => !IsRunning(f.Pid)).ToList();
        if (!Directory.Exists(target) && !File.Exists(target)
            && dead.Where(f => f.Kind == "previous").OrderByDescending(f => Directory.GetLastWriteTimeUtc(f.Path)).FirstOrDefault() is { Path: not null } whole)
        {
            // Killed between the two renames of the fallback swap: the retired folder is the old output, whole.
            Directory.Move(whole.Path, target);
            dead.Remove(whole);
        }

        foreach (var folder in dead)
        {
            DeleteIfOurs(folder.Path);
        }
    }

    public static void DeleteIfOurs(string directory)
    {
        // Empty counts as ours too: a build killed between creating its staging folder and marking it leaves one.
        if (Directory.Exists(directory) && OutputMarker.MayReplace(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private IEnumerable<Leftover> Find(string kind)
    {
        if (!Directory.Exists(_parent))
        {
            yield break;
        }

        var prefix = $".{_name}.{kind}-";
        foreach (var path in Directory.EnumerateDirectories(_parent, prefix + "*"))
        {
            var suffix = Path.GetFileName(path)[prefix.Length..];
            if (int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && OutputMarker.MayReplace(path))
            {
                yield return new Leftover(kind, pid, path);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false; // our own leftovers from an earlier build in this process (serve) are stale by now
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// A leftover folder. A class, not a value tuple: Concat/Where/ToList over a struct are generic instantiations
    /// ReadyToRun cannot precompile, and this runs first in every build (~25 methods JIT-compiled before).
    /// </summary>
    private sealed record Leftover(string Kind, int Pid, string Path);
}
