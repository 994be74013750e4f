namespace SiteGen.Diagnostics;

/// <summary>The Scriban templates of the site (built-in or the site's own --templates folder).</summary>
public static partial class Messages
{
    /// <summary>Scriban's own words about a template, which come in English only.</summary>
    public static readonly Msg<string> TemplateProblem = new(
        "{0}",
        "模板有误：{0}");

    public static readonly Msg<string> TemplateNotFound = new(
        "Template '{0}' was not found in the templates folders.",
        "在模板文件夹中找不到模板“{0}”。");
}
