namespace SiteGen.Archive;

/// <summary>One "checksum  path" line of a manifest (RFC 8493 §2.1.3).</summary>
internal sealed record ManifestLine(int Number, string Checksum, string Path)
{
    /// <summary>The lines of a manifest, and a finding for each line that is not "checksum path".</summary>
    public static (List<ManifestLine> Lines, List<BagFinding> Problems) Parse(string manifestName, string text)
    {
        var lines = new List<ManifestLine>();
        var problems = new List<BagFinding>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var split = line.IndexOfAny([' ', '\t']);
            var path = split < 0 ? "" : line[split..].TrimStart(' ', '\t');
            if (split <= 0 || path.Length == 0)
            {
                problems.Add(new BagFinding(manifestName, Diagnostics.Messages.BagManifestLineMalformed.With(number)));
                continue;
            }

            lines.Add(new ManifestLine(number, line[..split].ToLowerInvariant(), BagPaths.Decode(path)));
        }

        return (lines, problems);
    }
}
