using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Site;

namespace SiteGen.Steps;

/// <summary>Finds every *.md under the input folder (recursively, in a stable order) and the site settings.</summary>
public sealed class ReadSources : IBuildStep
{
    public string Name => nameof(ReadSources);

    public BuildState Run(BuildState state, BuildContext context)
    {
        var input = context.Options.InputDirectory;
        if (!Directory.Exists(input))
        {
            context.Diagnostics.Error(DiagnosticCodes.NoReports, "the input folder does not exist; pass --input DIR or create input/", SourceLocation.FileOnly(input));
            return state;
        }

        var site = SiteSettingsReader.Read(input, context.Diagnostics);
        var sources = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories)
            .Select(full => new SourceDocument(context.RelativeToInput(full), full, Decode(context.Sources.Read(context.RelativeToInput(full)) ?? [])))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToArray();
        if (sources.Length == 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.NoReports, "no reports found: add a Markdown file (*.md) under the input folder", SourceLocation.FileOnly(input));
        }

        return state with { Site = site, Sources = [.. sources] };
    }

    /// <summary>As File.ReadAllText decodes: by its byte-order mark, else UTF-8.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
