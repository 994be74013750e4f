using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Html.Templates;

/// <summary>
/// Every file of the built-in templates folder overlaid with the site's own (same name wins), with each
/// Scriban template parsed once. Parse errors become SG010 diagnostics with file:line:column.
/// </summary>
public sealed class TemplateSet
{
    private readonly ImmutableSortedDictionary<string, TemplateFile> _files;
    private readonly ImmutableDictionary<string, Template> _templates;

    private TemplateSet(ImmutableSortedDictionary<string, TemplateFile> files, ImmutableDictionary<string, Template> templates)
    {
        _files = files;
        _templates = templates;
    }

    /// <summary>True when at least one template failed to parse (the diagnostics say where).</summary>
    public bool HasErrors { get; private init; }

    public IEnumerable<string> Names => _files.Keys;

    public static TemplateSet Load(string defaultDirectory, string? overrideDirectory, DiagnosticBag diagnostics)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var directory in new[] { defaultDirectory, overrideDirectory })
        {
            if (directory is null || !Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in ReadFolder(directory))
            {
                files[file.Name] = file;
            }
        }

        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var hasErrors = false;
        foreach (var file in files.Values.Where(f => TemplatePath.IsTemplate(f.Name)))
        {
            var template = Template.Parse(Encoding.UTF8.GetString(file.Content), file.FullPath);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, Messages.TemplateProblem.With(message.Message), LocationOf(message.Span, file.FullPath));
                hasErrors = true;
            }

            templates[file.Name] = template;
        }

        return new TemplateSet(files.ToImmutable(), templates.ToImmutable()) { HasErrors = hasErrors };
    }

    public bool Contains(string name) => _files.ContainsKey(name);

    public string SourceOf(string name) =>
        _files.TryGetValue(name, out var file)
            ? Encoding.UTF8.GetString(file.Content)
            : throw new KeyNotFoundException($"No template named {name}");

    /// <summary>A non-template file (the stylesheet), or null when no folder has it.</summary>
    public byte[]? Asset(string name) => _files.TryGetValue(name, out var file) ? file.Content : null;

    /// <summary>
    /// Renders a template with a fresh context (contexts are not thread-safe) over a flat view model.
    /// Returns null and reports SG010 at the template's file:line:column when rendering fails.
    /// </summary>
    // Scriban reads the model's properties by reflection. The models are SiteGen's own types, and the installed
    // program keeps SiteGen's assemblies whole when it is compiled ahead of time (TrimmerRootAssembly in
    // SiteGen.Cli.csproj), so every property a template can name is there; the end-to-end tests build the
    // golden sample with that program and compare it byte for byte with this one's output.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Page models live in SiteGen, which is kept whole; see above.")]
    public string? Render(string name, object model, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, Messages.TemplateNotFound.With(name),
                SourceLocation.FileOnly(name));
            return null;
        }

        if (template.HasErrors)
        {
            return null;
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            TemplateLoader = new TemplateLoader(this),
            LoopLimit = 100_000,
        };
        foreach (var (path, parsed) in _templates)
        {
            context.CachedTemplates[path] = parsed;
        }

        var globals = new ScriptObject();
        globals.Import(model, renamer: context.MemberRenamer);
        globals.Import("esc", new Func<object?, string>(value => HtmlText.Escape(value?.ToString())));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, Messages.TemplateProblem.With(exception.OriginalMessage),
                LocationOf(exception.Span, _files.TryGetValue(name, out var file) ? file.FullPath : name));
            return null;
        }
    }

    private static SourceLocation LocationOf(SourceSpan span, string fallbackFile) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static IEnumerable<TemplateFile> ReadFolder(string directory)
    {
        var root = Path.GetFullPath(directory);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            // A file linked in from outside the folder is not part of the theme.
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
            if (relative.StartsWith("../", StringComparison.Ordinal)
                || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            yield return new TemplateFile(relative, full, File.ReadAllBytes(full));
        }
    }
}
