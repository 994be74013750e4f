using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

public sealed partial class MessageCatalogueTests
{
    [Fact]
    public void Every_library_message_has_both_languages_with_the_same_placeholders()
    {
        Assert.NotEmpty(MessageCatalogue.Entries(typeof(Messages).Assembly));
        Assert.Empty(MessageCatalogueRules.Problems(typeof(Messages).Assembly));
    }

    [Fact]
    public void The_rules_catch_a_missing_translation_a_lost_placeholder_and_a_stray_brace()
    {
        var problems = MessageCatalogueRules.Problems(typeof(MessageCatalogueTests).Assembly);

        Assert.Contains(problems, p => p.StartsWith("Untranslated:", StringComparison.Ordinal) && p.Contains("no Chinese"));
        Assert.Contains(problems, p => p.StartsWith("LostArgument:", StringComparison.Ordinal) && p.Contains("Chinese text has placeholders {}"));
        Assert.Contains(problems, p => p.StartsWith("StrayBrace:", StringComparison.Ordinal) && p.Contains("not a valid format"));
        Assert.DoesNotContain(problems, p => p.StartsWith("Fine:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_is_worded_when_printed_in_the_language_asked_for()
    {
        var message = Messages.ImageNotFound.With("a.png", "images/a.png");

        Assert.Equal("image file 'a.png' was not found (looked for images/a.png in the input folder)", message.Render(MessageLanguage.English));
        Assert.Equal("找不到图片文件“a.png”（已在输入文件夹中查找 images/a.png）", message.Render(MessageLanguage.Chinese));
        Assert.Equal(message.Render(MessageLanguage.English), message.ToString());
    }

    [Fact]
    public void A_diagnostic_keeps_error_and_its_code_in_every_language_and_words_its_editions()
    {
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.LayoutError, Messages.RowTallerThanPage.With(), new SourceLocation("r.md", 3, 1))
        {
            Editions = "screen, print",
        };

        Assert.Equal("r.md:3:1: error SG012: A table row is taller than the page's text area and cannot be split. (screen, print PDF)", diagnostic.ToString());
        Assert.Equal("r.md:3:1: error SG012: 表格中有一行高于页面的版心，且无法拆分。（screen, print 版式 PDF）", diagnostic.Format(MessageLanguage.Chinese));
    }

    [Fact]
    public void Nested_messages_and_numbers_are_worded_in_the_same_language()
    {
        var message = Messages.SplitParagraph.With("结尾", Messages.NextFigure.With(), 12);

        Assert.Contains("the next figure (line 12)", message.Render(MessageLanguage.English));
        Assert.Contains("被其后的插图（第 12 行）隔开", message.Render(MessageLanguage.Chinese));
    }

    [Fact]
    public void A_list_of_names_is_joined_in_the_message_language()
    {
        var message = Messages.SlugUsedTwice.With("s", Messages.Listed(["a.md", "b.md", "c.md"]));

        Assert.StartsWith("slug 's' is used by a.md and b.md and c.md;", message.Render(MessageLanguage.English));
        Assert.StartsWith("slug“s”被 a.md 和 b.md 和 c.md 同时使用", message.Render(MessageLanguage.Chinese));
    }

    [Fact]
    public void Equal_messages_are_equal_so_three_editions_merge_into_one_line()
    {
        var bag = new DiagnosticBag();
        foreach (var edition in new[] { "print", "screen" })
            bag.Add(new Diagnostic(Severity.Warning, "SG107", Messages.LineOverflows.With("长"), new SourceLocation("r.md", 1, 1)) { Editions = edition });

        var only = Assert.Single(bag.Sorted());
        Assert.Equal("screen, print", only.Editions);
    }

    /// <summary>
    /// Catalogue entries are made only in Catalogue folders and messages only by entries, so a call site cannot
    /// hand a diagnostic a sentence in one language; a pass-through entry (one whose words all come from a text
    /// argument, for text from a library such as Scriban or YamlDotNet) must not be fed a literal either.
    /// </summary>
    [Fact]
    public void No_call_site_writes_a_message_of_its_own()
    {
        var src = Path.Combine(Reports.RepoRoot, "src");
        var passThrough = PassThroughs(typeof(Messages).Assembly).Select(e => e.Id).ToList();
        Assert.Contains("TemplateProblem", passThrough);
        var literalIntoPassThrough = new Regex($@"\.({string.Join('|', passThrough)})\.With\(\s*\$?@?""");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var path = file.Replace('\\', '/');
            if (path.Contains("/obj/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal)) continue;
            var inCatalogue = path.Contains("/Catalogue/", StringComparison.Ordinal);
            var isMechanism = path.EndsWith("/Diagnostics/MessageTemplate.cs", StringComparison.Ordinal) || path.EndsWith("/Diagnostics/Message.cs", StringComparison.Ordinal)
                || path.EndsWith("/Caching/StoredMessage.cs", StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (!inCatalogue && !isMechanism && (NewEntry().IsMatch(line) || line.Contains("new Message(", StringComparison.Ordinal)))
                    offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {line.Trim()}");
                if (literalIntoPassThrough.IsMatch(line))
                    offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {line.Trim()}");
            }
        }

        Assert.Empty(offenders);
    }

    /// <summary>
    /// Every message exists in both languages: there is no entry that passes English through "for now". The
    /// pass-throughs that remain each carry text SiteGen did not write (a template engine's or YAML parser's
    /// report, a name, an element's name before a reason that is itself a catalogue message); a new one must be
    /// added here, with its reason, so an untranslated sentence cannot come back through a "{0}" entry.
    /// </summary>
    [Fact]
    public void There_is_no_escape_hatch_for_untranslated_text()
    {
        string[] allowed = ["Name", "BagFindingAt", "FileNamed", "ForbiddenInValue", "RecordDateInvalid", "EditionFileNotYaml", "TemplateProblem", "SvgPathProblem", "SvgPaintProblem"];

        var found = PassThroughs(typeof(Messages).Assembly).Select(e => e.Id).ToList();

        Assert.True(found.Order(StringComparer.Ordinal).SequenceEqual(allowed.Order(StringComparer.Ordinal)),
            $"new pass-through entries: {string.Join(", ", found.Except(allowed))}; gone: {string.Join(", ", allowed.Except(found))}");
        Assert.Null(MessageCatalogue.Find("NotYetTranslated"));
    }

    /// <summary>Entries whose English, without the placeholders of their nested-message arguments, has no word of its own.</summary>
    private static IEnumerable<MessageTemplate> PassThroughs(System.Reflection.Assembly assembly) =>
        MessageCatalogue.Entries(assembly).Where(entry =>
        {
            var arguments = entry.GetType().IsGenericType ? entry.GetType().GetGenericArguments() : [];
            var text = entry.English;
            for (var i = 0; i < arguments.Length; i++)
                if (arguments[i] == typeof(Message)) text = text.Replace($"{{{i}}}", "", StringComparison.Ordinal);
            var hasTextArgument = arguments.Any(a => a == typeof(string));
            return hasTextArgument && !Regex.Replace(text, @"\{\d+\}", "").Any(char.IsAsciiLetter);
        });

    [GeneratedRegex(@"\bMsg(<[^>]*>)?\s+\w+\s*=|new\s+Msg\b")]
    private static partial Regex NewEntry();
}

/// <summary>A catalogue with known faults, for the rules' own test.</summary>
[MessageCatalogue]
internal static class FaultyCatalogue
{
    public static readonly Msg Untranslated = new("the file is missing", "the file is missing");
    public static readonly Msg<string> LostArgument = new("'{0}' is missing", "缺少文件");
    public static readonly Msg StrayBrace = new("use {page}", "请用 {page}");
    public static readonly Msg<string> Fine = new("'{0}' is missing", "缺少“{0}”");
}
