namespace SiteGen.Diagnostics;

/// <summary>A report's front matter: title, date, slug, language and the other keys.</summary>
public static partial class Messages
{
    public static readonly Msg NoFrontMatter = new(
        "the report has no front matter; start the file with a '---' line, then 'title:' and 'date:', then '---'",
        "报告缺少前言字段；文件应以一行“---”开头，接着写“title:”和“date:”，再以一行“---”结束");

    public static readonly Msg FrontMatterUnclosed = new(
        "the front matter opened here is never closed; add a line with '---' after the last key",
        "此处开始的前言字段没有结束；请在最后一个键之后加一行“---”");

    public static readonly Msg FrontMatterNotMapping = new(
        "the front matter must be 'key: value' lines with at least 'title:' and 'date:'",
        "前言字段应由“键: 值”形式的行组成，至少包括“title:”和“date:”");

    public static readonly Msg YamlAliasRefused = new(
        "YAML anchors and aliases (&name, *name) are not accepted: a few of them can stand for billions of values; write each value out",
        "不接受 YAML 锚点和别名（&名称、*名称）：寥寥几个就能代表数十亿个值；请把每个值直接写出");

    public static readonly Msg<string> FrontMatterNotYaml = new(
        "the front matter is not valid YAML: {0}",
        "前言字段不是有效的 YAML：{0}");

    public static readonly Msg<string, string> UnknownFrontMatterKey = new(
        "unknown front-matter key '{0}' is ignored; known keys: {1}",
        "未知的前言字段“{0}”，已忽略；可用的字段：{1}");

    public static readonly Msg<string, Message> FrontMatterWrongType = new(
        "'{0}' has the wrong type: it must be a single value such as '{0}: …', not a {1}",
        "“{0}”的类型不对：应为单个值，如“{0}: …”，而不是{1}");

    public static readonly Msg TitleMissing = new(
        "the front matter needs a 'title:'",
        "前言字段缺少“title:”（标题）");

    public static readonly Msg DateMissing = new(
        "the front matter needs a 'date:' written as yyyy-mm-dd",
        "前言字段缺少“date:”（日期），格式为 yyyy-mm-dd");

    public static readonly Msg<string> DateInvalid = new(
        "'{0}' is not a date written as yyyy-mm-dd (e.g. 2021-02-22)",
        "“{0}”不是 yyyy-mm-dd 格式的日期（如 2021-02-22）");

    public static readonly Msg<string> SlugInvalid = new(
        "slug '{0}' can't be used in a URL; set 'slug:' to lower-case letters, digits and hyphens (e.g. cppcc-report-2021)",
        "slug“{0}”不能用于网址；请将“slug:”设为小写字母、数字和连字符（如 cppcc-report-2021）");

    public static readonly Msg<string> LangInvalid = new(
        "'{0}' is not a language tag such as zh-CN or en",
        "“{0}”不是语言标记，应写作 zh-CN 或 en 等");

    public static readonly Msg<string, Message> SlugUsedTwice = new(
        "slug '{0}' is used by {1}; each report needs its own 'slug:' because it names the report's folder and URL",
        "slug“{0}”被 {1} 同时使用；每份报告的“slug:”必须不同，因为它决定报告的文件夹和网址");

    public static readonly Msg<string, string> SlugReserved = new(
        "slug '{0}' is a folder the site itself writes ({1}); set 'slug:' to another name",
        "slug“{0}”是网站自身使用的文件夹（{1}）；请将“slug:”改为其他名称");

    /// <summary>Joins two names, or a list and its last name: "a.md and b.md".</summary>
    public static readonly Msg<Message, string> And = new("{0} and {1}", "{0} 和 {1}");

    /// <summary>A name as it is, to start a list joined by <see cref="And"/>.</summary>
    public static readonly Msg<string> Name = new("{0}", "{0}");

    /// <summary>"a and b and c" in the message's language.</summary>
    public static Message Listed(IEnumerable<string> names)
    {
        Message? list = null;
        foreach (var name in names) list = list is null ? Name.With(name) : And.With(list, name);
        return list ?? Name.With("");
    }
}
