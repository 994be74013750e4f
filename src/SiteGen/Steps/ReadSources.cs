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
            context.Diagnostics.Error(DiagnosticCodes.NoReports, Messages.InputFolderMissing.With(), SourceLocation.FileOnly(input));
            return state;
        }

        var site = PublicationAddress.Apply(SiteSettingsReader.Read(input, context.Diagnostics), context.Options, context.Diagnostics);
        var files = InputTree.MarkdownFiles(input, context.Diagnostics);
        var sources = files
            .Select(full => (Full: full, Relative: context.RelativeToInput(full)))
            .Select(f => (f.Full, f.Relative, Text: SourceDecoder.Decode(context.Sources.Read(f.Relative) ?? [], f.Relative, context.Diagnostics)))
            .Where(f => f.Text is not null)
            .Select(f => new SourceDocument(f.Relative, f.Full, f.Text!))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToArray();
        if (files.Count == 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.NoReports, Messages.NoReportsFound.With(), SourceLocation.FileOnly(input));
        }

        return state with { Site = site, Sources = [.. sources] };
    }
}
