using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen.Archive;

/// <summary>The very last step: lists every file the build will write in output/manifest.json.</summary>
public sealed class WriteManifest : IBuildStep
{
    public string Name => "WriteManifest";

    public BuildState Run(BuildState state, BuildContext context) =>
        state.WithFile(context.Output.Write(BuildManifest.FileName, BuildManifest.Write(state)));
}
