using System.Collections.Immutable;
using SiteGen.Diagnostics;

namespace SiteGen.Archive;

/// <summary>The verdict on one bag. <see cref="Readable"/> is false when the zip itself could not be read.</summary>
public sealed record BagVerification(string Name, bool Readable, int PayloadFiles, ImmutableArray<BagFinding> Findings)
{
    public bool IsValid => Readable && Findings.IsEmpty;

    public static BagVerification Unreadable(string name, Message reason) => new(name, false, 0, [new BagFinding(null, reason)]);
}
