using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>The output folder given would put the user's own files at risk; the CLI shows it as a usage error, in the user's language.</summary>
public sealed class UnsafeOutputFolderException(Message text) : Exception(text.ToString())
{
    public Message Text { get; } = text;
}
