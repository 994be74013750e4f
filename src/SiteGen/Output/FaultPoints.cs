namespace SiteGen.Output;

/// <summary>
/// A seam for the crash tests: SITEGEN_TEST_FAULTS="kill-at:retired" makes the process kill itself (SIGKILL,
/// no clean-up runs) at that named point of the write, "disk-full-at:staged" throws the IOException a full
/// disk would, and "no-exchange" forces the two-rename swap.
/// Nothing reads it in normal use.
/// </summary>
internal static class FaultPoints
{
    private static readonly string[] Faults =
        (Environment.GetEnvironmentVariable("SITEGEN_TEST_FAULTS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool Has(string fault) => Faults.Contains(fault, StringComparer.Ordinal);

    public static void Reach(string point)
    {
        if (Faults.Length > 0 && Has("kill-at:" + point))
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }

        if (Faults.Length > 0 && Has("disk-full-at:" + point))
        {
            throw new IOException($"No space left on device : '{point}' (injected by SITEGEN_TEST_FAULTS)");
        }
    }
}
