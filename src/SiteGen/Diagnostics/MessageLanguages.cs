namespace SiteGen.Diagnostics;

/// <summary>
/// Which language to print messages in: --lang first, then SITEGEN_LANG, then the locale the way POSIX
/// programs read it (LC_ALL over LC_MESSAGES over LANG). A Chinese locale (zh, zh_CN.UTF-8, zh-Hans …) means
/// Chinese; anything else, or nothing, means English, the language of the logs and golden files.
/// </summary>
public static class MessageLanguages
{
    /// <summary>The values --lang and SITEGEN_LANG accept, as the help and errors name them.</summary>
    public const string Names = "zh, en";

    public static MessageLanguage Resolve(string? flag, Func<string, string?> environment)
    {
        if (Parse(flag) is { } chosen) return chosen;
        if (Parse(environment("SITEGEN_LANG")) is { } configured) return configured;
        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            // POSIX: the first one set wins, even when it names a language SiteGen lacks.
            if (environment(variable) is { Length: > 0 } locale) return FromLocale(locale);
        }

        return MessageLanguage.English;
    }

    /// <summary>The process's own choice: --lang if given, else its environment.</summary>
    public static MessageLanguage Resolve(string? flag) => Resolve(flag, Environment.GetEnvironmentVariable);

    /// <summary>"zh" or "en" (any case, with or without region); null for anything else, including empty.</summary>
    public static MessageLanguage? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var language = Primary(value);
        return language switch
        {
            "zh" => MessageLanguage.Chinese,
            "en" => MessageLanguage.English,
            _ => null,
        };
    }

    private static MessageLanguage FromLocale(string locale) =>
        Primary(locale) == "zh" ? MessageLanguage.Chinese : MessageLanguage.English;

    /// <summary>"zh_CN.UTF-8@euro" and "zh-Hans" both give "zh".</summary>
    private static string Primary(string value)
    {
        var end = value.IndexOfAny(['_', '-', '.', '@']);
        return (end < 0 ? value : value[..end]).Trim().ToLowerInvariant();
    }
}
