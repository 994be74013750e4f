using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Html.Templates;

/// <summary>
/// Resolves include names against the loaded template set, which is rooted at the templates folders;
/// a name that would leave them is a template error at the include.
/// </summary>
internal sealed class TemplateLoader(TemplateSet set) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = TemplatePath.Normalize(templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"Template name '{templateName}' must stay inside the templates folder.");
        if (!set.Contains(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"Template '{path}' was not found in the templates folders.");
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => set.SourceOf(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
