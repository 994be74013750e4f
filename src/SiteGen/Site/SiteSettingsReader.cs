using SiteGen.Diagnostics;
using SiteGen.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Site;

/// <summary>Reads input/site.yml; a missing file means the defaults.</summary>
public static partial class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings Read(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return SiteSettings.Default;
        }

        if (InputPaths.Refuse(path, inputDirectory, Messages.FileNamed.With(FileName), SourceLocation.FileOnly(FileName), diagnostics) is not null)
        {
            return SiteSettings.Default;
        }

        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, Messages.SettingsSymlinkMissing.With(FileName), SourceLocation.FileOnly(FileName));
            return SiteSettings.Default;
        }

        if (SourceDecoder.Decode(File.ReadAllBytes(path), FileName, diagnostics) is not { } text)
        {
            return SiteSettings.Default;
        }

        YamlMappingNode mapping;
        try
        {
            if (YamlAliases.First(text) is { } alias)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.YamlAliasRefused.With(), new SourceLocation(FileName, (int)alias.Line, (int)alias.Column));
                return SiteSettings.Default;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return SiteSettings.Default;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.SiteSettingsNotMapping.With(), new SourceLocation(FileName, 1, 1));
                return SiteSettings.Default;
            }

            if (!ForbiddenCharacters.Check(root, node => new SourceLocation(FileName, (int)node.Start.Line, (int)node.Start.Column), diagnostics))
            {
                return SiteSettings.Default;
            }

            mapping = root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.SiteSettingsNotYaml.With(e.InnerException?.Message ?? e.Message),
                new SourceLocation(FileName, (int)e.Start.Line, (int)e.Start.Column));
            return SiteSettings.Default;
        }

        var settings = SiteSettings.Default;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var at = new SourceLocation(FileName, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSiteSettings,
                    Messages.SiteSettingWrongType.With(MessageText.Value(key), (valueNode is YamlSequenceNode ? Messages.YamlList : Messages.YamlMapping).With()), at);
                continue;
            }

            var value = scalar.Value?.Trim() ?? "";
            settings = key switch
            {
                "title" => settings with { Title = value },
                // Kept even when refused (the error is said here): PublicationAddress then knows base_url was given.
                "base_url" => settings with { BaseUrl = BaseUrl(value, at, diagnostics) ?? value, BaseUrlAt = ValueAt(scalar) },
                "publisher" => settings with { Publisher = value },
                "language" => settings with { Language = Language(value, at, diagnostics) ?? settings.Language },
                "description" => settings with { Description = value },
                "rights" => settings with { Rights = value.Length == 0 ? null : value },
                "license" => settings with { License = License(value, at, diagnostics) },
                "normalize_punctuation" => settings with { NormalizePunctuation = Flag(value, at, diagnostics) },
                _ => Unknown(settings, key, at, diagnostics),
            };
        }

        return settings;
    }

    private static SourceLocation ValueAt(YamlScalarNode value) => new(FileName, (int)value.Start.Line, (int)value.Start.Column);

    private static string? Language(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        // It lands in lang="…" attributes and the EPUB's dc:language: a language tag, nothing else.
        if (LanguageTag().IsMatch(value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.SiteLanguageInvalid.With(MessageText.Value(value)), at);
        return null;
    }

    private static string? BaseUrl(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.Length == 0)
        {
            return value; // "base_url:" left to fill in: PublicationAddress says so at this line
        }

        // Quotes, angle brackets, spaces and control characters would break out of the href and feed they land in.
        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'' or '`' or '\\' or '{' or '}' or '|' or '^'))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSiteSettings,
                Messages.BaseUrlBadCharacters.With(MessageText.Value(value)), at);
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return value.EndsWith('/') ? value : value + "/";
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.BaseUrlNotAbsolute.With(MessageText.Value(value)), at);
        return null;
    }

    private static string? License(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.Length == 0 || Ingest.RecordFieldsReader.LicenseUrl(value) is { } url && url == value)
        {
            return value.Length == 0 ? null : value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidRecordField,
            Messages.LicenseNotUrl.With(MessageText.Value(value)), at);
        return null;
    }

    private static bool Flag(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value is "true" or "yes" or "on")
        {
            return true;
        }

        if (value is "false" or "no" or "off")
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSiteSettings, Messages.NotTrueOrFalse.With(value), at);
        return true;
    }

    private static SiteSettings Unknown(SiteSettings settings, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(DiagnosticCodes.UnknownFrontMatterKey,
            Messages.UnknownSiteSetting.With(key, "title, base_url, publisher, language, description, rights, license, normalize_punctuation"), at);
        return settings;
    }

    // Generated at build time: the regex parser and interpreter cost every build's start-up otherwise.
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
