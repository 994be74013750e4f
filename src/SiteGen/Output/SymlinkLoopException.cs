namespace SiteGen.Output;

/// <summary>Symbolic links that lead back to themselves (or more than 40 deep); the path is as the user gave it.</summary>
internal sealed class SymlinkLoopException(string path)
    : IOException($"'{path}' is a loop of symbolic links (a link that leads back to itself)")
{
    public string LinkPath { get; } = path;
}
