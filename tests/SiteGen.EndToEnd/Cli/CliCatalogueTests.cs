using System.CommandLine;
using System.Globalization;
using System.Resources;
using SiteGen.Cli;
using SiteGen.Diagnostics;

namespace SiteGen.EndToEnd.Cli;

/// <summary>The `sitegen` command's own catalogue keeps the same rules as the library's, and knows the parse errors its library makes.</summary>
public sealed class CliCatalogueTests
{
    [Fact]
    public void Every_command_message_has_both_languages_with_the_same_placeholders()
    {
        Assert.NotEmpty(MessageCatalogue.Entries(typeof(Ui).Assembly));
        Assert.Empty(MessageCatalogueRules.Problems(typeof(Ui).Assembly));
    }

    /// <summary>
    /// Each parse error SiteGen translates is matched by System.CommandLine's English resource text: if an upgrade
    /// rewords one, this names it (the error would otherwise stay English).
    /// </summary>
    [Fact]
    public void The_parse_errors_SiteGen_translates_are_the_library_s_own_words()
    {
        var resources = new ResourceManager("System.CommandLine.Properties.Resources", typeof(Command).Assembly);

        foreach (var entry in ParseErrorText.Known)
            Assert.Equal(resources.GetString(entry.Id, CultureInfo.InvariantCulture), entry.English);
    }

    [Fact]
    public void A_parse_error_is_said_in_Chinese_with_its_quoted_part_kept()
    {
        Assert.Equal("无法识别的命令或参数“--fromats”。", ParseErrorText.Say("Unrecognized command or argument '--fromats'.", MessageLanguage.Chinese));
        Assert.Equal("Unrecognized command or argument '--fromats'.", ParseErrorText.Say("Unrecognized command or argument '--fromats'.", MessageLanguage.English));
        Assert.Equal("something new", ParseErrorText.Say("something new", MessageLanguage.Chinese));
    }
}
