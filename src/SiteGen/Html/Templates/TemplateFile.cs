namespace SiteGen.Html.Templates;

/// <summary>One file of the templates folders: its name relative to the folder, where it lives, its bytes.</summary>
public sealed record TemplateFile(string Name, string FullPath, byte[] Content);
