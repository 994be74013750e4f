using SiteGen.Diagnostics;
using SiteGen.Input;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Steps;

/// <summary>Finds every *.md under the input folder (recursively, in a stable order, see <see cref="InputTree"/>) and the site settings.</summary>
public sealed class ReadSources : IBuildStep
{
    public string Name => nameof(ReadSources);

    public BuildState Run(BuildState state, BuildContext context)
    {
        var input = context.Options.InputDirectory;
        if (!Directory.Exists(input))
        {
            context.Diagnostics.Error(DiagnosticCodes.NoReports,
                File.Exists(input) ? Messages.InputIsFile.With() : Messages.InputFolderMissing.With(), SourceLocation.FileOnly(input));
            return state;
        }

        var site = PublicationAddress.Apply(SiteSettingsReader.Read(input, context.Diagnostics), context.Options, context.Diagnostics);
        var files = InputTree.MarkdownFiles(input, context.Diagnostics);
        // A plain loop, not LINQ over tuples: generic code over a value tuple cannot be precompiled (ReadyToRun)
        // and was JIT-compiled in every build.
        var read = new List<SourceDocument>(files.Count);
        foreach (var full in files)
        {
            var relative = context.RelativeToInput(full);
            if (SourceDecoder.Decode(context.Sources.Read(relative) ?? [], relative, context.Diagnostics) is { } text)
            {
                read.Add(new SourceDocument(relative, full, text));
            }
        }

        var sources = read.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToArray();
        if (files.Count == 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.NoReports, Messages.NoReportsFound.With(), SourceLocation.FileOnly(input));
        }

        return state with { Site = site, Sources = [.. sources] };
    }
}
