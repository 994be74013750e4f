using SiteGen.Diagnostics;

namespace SiteGen.Tests.Diagnostics;

public sealed class MessageLanguagesTests
{
    [Theory]
    [InlineData(null, null, null, null, "zh_CN.UTF-8", MessageLanguage.Chinese)]
    [InlineData(null, null, null, null, "en_US.UTF-8", MessageLanguage.English)]
    [InlineData(null, null, null, null, null, MessageLanguage.English)]
    [InlineData(null, null, null, null, "C.UTF-8", MessageLanguage.English)]
    [InlineData(null, null, null, null, "zh_TW.Big5", MessageLanguage.Chinese)]
    [InlineData(null, null, "C", "zh_CN.UTF-8", "zh_CN.UTF-8", MessageLanguage.English)] // LC_ALL wins over the rest, as in POSIX
    [InlineData(null, null, null, "zh_CN.UTF-8", "en_GB.UTF-8", MessageLanguage.Chinese)] // LC_MESSAGES over LANG
    [InlineData(null, "en", null, null, "zh_CN.UTF-8", MessageLanguage.English)] // SITEGEN_LANG over the locale
    [InlineData(null, "zh", "en_US.UTF-8", null, null, MessageLanguage.Chinese)]
    [InlineData(null, "fr", null, null, "zh_CN.UTF-8", MessageLanguage.Chinese)] // an unknown SITEGEN_LANG is passed over
    [InlineData("en", "zh", null, null, "zh_CN.UTF-8", MessageLanguage.English)] // --lang over everything
    [InlineData("zh-CN", null, null, null, null, MessageLanguage.Chinese)]
    [InlineData("ZH", null, null, null, null, MessageLanguage.Chinese)]
    public void The_language_comes_from_the_flag_then_SITEGEN_LANG_then_the_locale(
        string? flag, string? sitegenLang, string? lcAll, string? lcMessages, string? lang, MessageLanguage expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["SITEGEN_LANG"] = sitegenLang, ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang,
        };

        Assert.Equal(expected, MessageLanguages.Resolve(flag, name => environment.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData("zh", MessageLanguage.Chinese)]
    [InlineData("zh-Hans", MessageLanguage.Chinese)]
    [InlineData("en", MessageLanguage.English)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData("chinese", null)]
    public void Only_Chinese_and_English_are_accepted_by_name(string value, MessageLanguage? expected) =>
        Assert.Equal(expected, MessageLanguages.Parse(value));
}
