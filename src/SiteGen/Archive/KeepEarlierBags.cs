using System.Collections.Immutable;
using System.IO.Compression;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>
/// Package phase, after <see cref="PackBag"/>: no published version is lost. A bag the last build published
/// for another version of a report (listed in its manifest.json and still byte for byte as listed) is carried
/// into the new output under its own name; the report's versions, current and earlier, are recorded for the
/// manifest. A bag of the current version that now holds other sources was changed without a revision: a
/// portal that took it would never learn of the change, so that is a warning.
/// </summary>
public sealed class KeepEarlierBags : IBuildStep
{
    public string Name => nameof(KeepEarlierBags);

    public BuildState Run(BuildState state, BuildContext context)
    {
        if (!context.Options.BuildArchive)
        {
            return state;
        }

        var previous = context.Output.Previous;
        var published = previous is null ? [] : PublishedBags.Read(previous);
        foreach (var report in state.Reports)
        {
            var version = ReportVersion.Of(report.Metadata);
            if (!state.Files.TryGetValue(BundleFormat.PathOf(report), out var bag))
            {
                continue;
            }

            var versions = new List<BagVersion> { new(version.Number, version.Date, version.Note, bag.Path, bag.Size, bag.Sha256, state.Site.Preview) };
            foreach (var earlier in published.GetValueOrDefault(report.Slug) ?? [])
            {
                var file = Path.Combine(previous!, earlier.Path);
                if (earlier.Preview && !state.Site.Preview)
                {
                    // A preview's bag (`serve` into this folder) has local identifiers: a publication never takes it.
                    // The only bag a preview makes is its current version's, which the publication makes afresh
                    // when it is still current; the published bags a preview carried are not marked and stay.
                    continue;
                }

                if (earlier.Number == version.Number)
                {
                    // The same bytes hold the same sources: nothing to open (an incremental build spent a tenth of
                    // its time hashing and unzipping every unchanged report's previous bag here).
                    if (earlier.Sha256 == bag.Sha256)
                    {
                        continue;
                    }

                    WarnIfSourcesChanged(report, earlier, file, bag.FullPath, context.Diagnostics);
                }
                else if (versions.All(v => v.Number != earlier.Number))
                {
                    if (!PublishedBags.IsIntact(file, earlier))
                    {
                        context.Diagnostics.Warning(DiagnosticCodes.EarlierBagAltered,
                            Messages.EarlierBagAltered.With(earlier.Number, earlier.Path),
                            SourceLocation.FileOnly(report.SourcePath));
                        continue;
                    }

                    state = state.WithFile(context.Output.Adopt(earlier.Path, file, earlier.Size, earlier.Sha256));
                    versions.Add(earlier);
                }
            }

            state = state with { BagVersions = state.BagVersions.SetItem(report.Slug, [.. versions.OrderBy(v => v.Number)]) };
        }

        return state;
    }

    private static void WarnIfSourcesChanged(Report report, BagVersion earlier, string earlierFile, string currentFile, DiagnosticBag diagnostics)
    {
        if (!PublishedBags.IsIntact(earlierFile, earlier) || SourceLines(earlierFile).SequenceEqual(SourceLines(currentFile)))
        {
            return;
        }

        diagnostics.Warning(DiagnosticCodes.ChangedWithoutRevision,
            Messages.ChangedWithoutRevision.With(earlier.Number, earlier.Path, earlier.Number + 1),
            SourceLocation.FileOnly(report.SourcePath));
    }

    /// <summary>The manifest lines of a bag's data/source/: what the author wrote, apart from how SiteGen rendered it.</summary>
    private static ImmutableArray<string> SourceLines(string bagFile)
    {
        using var zip = ZipFile.OpenRead(bagFile);
        var manifest = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("/" + BagTagFiles.Manifest, StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1);
        if (manifest is null || manifest.Length > BagLimits.Default.MaxTagFileBytes)
        {
            return [];
        }

        using var reader = new StreamReader(manifest.Open());
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Contains("  " + BagPayload.SourceFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
