namespace SiteGen.Output;

/// <summary>The output folder given would put the user's own files at risk; the CLI shows it as a usage error.</summary>
public sealed class UnsafeOutputFolderException(string message) : Exception(message);
