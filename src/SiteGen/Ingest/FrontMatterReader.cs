using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Input;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Ingest;

/// <summary>Validates a report's front matter into <see cref="ReportMetadata"/>, reporting every problem it finds.</summary>
internal static partial class FrontMatterReader
{
    private static readonly ImmutableHashSet<string> KnownKeys = ImmutableHashSet.Create(StringComparer.Ordinal,
        ["title", "date", "lang", "slug", "subtitle", "kicker", "organization", "author", "byline", "description", "keywords", "draft", "revisions",
         .. RecordFieldsReader.Keys]);

    /// <param name="today">The build's clock, only for the far-future warning; nothing written depends on it.</param>
    public static ReportMetadata? Read(FrontMatterSection section, string file, string defaultSlug, string defaultLang, DiagnosticBag diagnostics, DateOnly? today = null)
    {
        var mapping = Parse(section, file, diagnostics);
        if (mapping is null || !ForbiddenCharacters.Check(mapping, node => At(section, file, node.Start), diagnostics))
        {
            return null;
        }

        var values = new Dictionary<string, (YamlNode Node, SourceLocation Location)>(StringComparer.Ordinal);
        var wrongType = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var location = At(section, file, keyNode.Start);
            if (!KnownKeys.Contains(key))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownFrontMatterKey,
                    Messages.UnknownFrontMatterKey.With(MessageText.Value(key), string.Join(", ", KnownKeys.Order(StringComparer.Ordinal))),
                    location);
                continue;
            }

            if (valueNode is not YamlScalarNode && !(key is "keywords" or "revisions" && valueNode is YamlSequenceNode))
            {
                // A list or mapping where one value belongs is the wrong type, not a missing value.
                diagnostics.Error(DiagnosticCodes.InvalidFrontMatter,
                    Messages.FrontMatterWrongType.With(key, (valueNode is YamlSequenceNode ? Messages.YamlList : Messages.YamlMapping).With()),
                    At(section, file, valueNode.Start));
                wrongType.Add(key);
                continue;
            }

            values[key] = (valueNode, At(section, file, valueNode.Start));
        }

        var ok = wrongType.Count == 0;
        var title = Text(values, "title");
        if (string.IsNullOrWhiteSpace(title) && !wrongType.Contains("title"))
        {
            diagnostics.Error(DiagnosticCodes.MissingTitle, Messages.TitleMissing.With(), Where(values, "title", section, file));
            ok = false;
        }

        var dateText = Text(values, "date");
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(dateText))
        {
            if (!wrongType.Contains("date"))
            {
                diagnostics.Error(DiagnosticCodes.InvalidDate, Messages.DateMissing.With(), Where(values, "date", section, file));
            }

            ok = false;
        }
        else if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, ReportDates.WhyNot(dateText.Trim()), Where(values, "date", section, file));
            ok = false;
        }
        else if (ReportDates.FarFuture(date, today) is { } warning)
        {
            diagnostics.Warning(DiagnosticCodes.FutureDate, warning, Where(values, "date", section, file));
        }

        var slug = Text(values, "slug") ?? defaultSlug;
        if (!SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidFrontMatter,
                Messages.SlugInvalid.With(MessageText.Value(slug)),
                Where(values, "slug", section, file));
            ok = false;
        }

        var lang = Text(values, "lang") ?? defaultLang;
        if (!LangPattern().IsMatch(lang))
        {
            diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, Messages.LangInvalid.With(MessageText.Value(lang)), Where(values, "lang", section, file));
            ok = false;
        }

        var revisions = values.TryGetValue("revisions", out var written) && ok
            ? RevisionsReader.Read(written.Node, date, mark => At(section, file, mark), diagnostics)
            : ImmutableArray<Revision>.Empty;
        RecordFieldsReader.Lookup lookup = key => Text(values, key) is { } text ? (text, values[key].Location) : null;
        var disclosure = RecordFieldsReader.Disclosure(lookup, diagnostics);
        var draft = Flag(values, "draft", diagnostics);
        if (!RecordFieldsReader.License(lookup, diagnostics, out var license) || revisions is null || disclosure is null || draft is null)
        {
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var author = Text(values, "author");
        return new ReportMetadata
        {
            Title = title!.Trim(),
            Date = date,
            Lang = lang,
            Slug = slug,
            SlugLocation = values.ContainsKey("slug") ? Where(values, "slug", section, file) : new SourceLocation(file, 1, 1),
            Subtitle = Text(values, "subtitle"),
            Kicker = Text(values, "kicker"),
            Organization = Text(values, "organization"),
            Author = author,
            Byline = Text(values, "byline") ?? author,
            Description = Text(values, "description"),
            Keywords = Keywords(values),
            Revisions = revisions!.Value,
            Rights = Text(values, "rights")?.Trim(),
            License = license,
            Disclosure = disclosure!,
            Draft = draft!.Value,
        };
    }

    private static YamlMappingNode? Parse(FrontMatterSection section, string file, DiagnosticBag diagnostics)
    {
        try
        {
            if (Input.YamlAliases.First(section.Yaml) is { } alias)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, Messages.YamlAliasRefused.With(), At(section, file, alias));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(section.Yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Error(DiagnosticCodes.MissingTitle, Messages.FrontMatterNotMapping.With(),
                    new SourceLocation(file, section.YamlFirstLine, 1));
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, Messages.FrontMatterNotYaml.With(Plain(e)), At(section, file, e.Start));
            return null;
        }
    }

    private static string Plain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static string? Text(Dictionary<string, (YamlNode Node, SourceLocation Location)> values, string key) =>
        values.TryGetValue(key, out var entry) && entry.Node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)
            ? scalar.Value
            : null;

    /// <summary>A yes/no key: absent is false; true/false (any case, YAML's yes/no too); anything else is an error and null.</summary>
    private static bool? Flag(Dictionary<string, (YamlNode Node, SourceLocation Location)> values, string key, DiagnosticBag diagnostics)
    {
        if (!values.TryGetValue(key, out var entry))
        {
            return false;
        }

        var text = ((entry.Node as YamlScalarNode)?.Value ?? "").Trim().ToLowerInvariant();
        switch (text)
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
        }

        diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, Messages.NotTrueOrFalse.With($"{key}: {MessageText.Value(text)}"), entry.Location);
        return null;
    }

    private static ImmutableArray<string> Keywords(Dictionary<string, (YamlNode Node, SourceLocation Location)> values)
    {
        if (!values.TryGetValue("keywords", out var entry))
        {
            return [];
        }

        var items = entry.Node switch
        {
            YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? ""),
            YamlScalarNode scalar => (scalar.Value ?? "").Split([',', '，', '、'], StringSplitOptions.None),
            _ => [],
        };
        return items.Select(k => k.Trim()).Where(k => k.Length > 0).ToImmutableArray();
    }

    private static SourceLocation Where(Dictionary<string, (YamlNode Node, SourceLocation Location)> values, string key, FrontMatterSection section, string file) =>
        values.TryGetValue(key, out var entry) ? entry.Location : new SourceLocation(file, section.YamlFirstLine - 1, 1);

    private static SourceLocation At(FrontMatterSection section, string file, Mark mark) =>
        new(file, section.YamlFirstLine + (int)mark.Line - 1, (int)mark.Column);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LangPattern();
}
