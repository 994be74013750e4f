namespace SiteGen.Diagnostics;

/// <summary>The metadata record: licence, rights, record dates and revisions.</summary>
public static partial class Messages
{
    public static readonly Msg<string> LicenseNotUrl = new(
        "license '{0}' must be the licence's web address, e.g. https://creativecommons.org/licenses/by/4.0/; write a statement in words under 'rights:'",
        "license“{0}”应为许可协议的网址，如 https://creativecommons.org/licenses/by/4.0/；文字声明请写在“rights:”下");

    public static readonly Msg<string, string, Message> RecordDateInvalid = new(
        "{0} ({1}): {2}",
        "{0}（{1}）：{2}");

    public static readonly Msg<string> RevisionsNotList = new(
        "'revisions' must be a list of corrections, each with a date and a note, e.g.\n{0}",
        "“revisions”应为更正的列表，每项有日期和说明，如：\n{0}");

    public static readonly Msg RevisionShape = new(
        "each revision is a 'date:' and a 'note:' (e.g. '- date: 2021-03-01' then '  note: …' on the next line)",
        "每项更正由“date:”和“note:”组成（如“- date: 2021-03-01”，下一行写“  note: …”）");

    public static readonly Msg<string> RevisionUnknownKey = new(
        "a revision holds only 'date: yyyy-mm-dd' and 'note: one line', not '{0}'",
        "更正只能包含“date: yyyy-mm-dd”和“note: 一行说明”，不能有“{0}”");

    public static readonly Msg RevisionNoDate = new(
        "this revision needs a 'date:' written as yyyy-mm-dd",
        "此项更正缺少“date:”（日期），格式为 yyyy-mm-dd");

    public static readonly Msg<Message> RevisionDateInvalid = new(
        "revision date: {0}",
        "更正日期：{0}");

    public static readonly Msg<string, string> RevisionBeforeReport = new(
        "revision date {0} is before the report's date {1}: a report is corrected after it is published",
        "更正日期 {0} 早于报告日期 {1}：报告应在发布之后才更正");

    public static readonly Msg RevisionNoNote = new(
        "this revision needs a 'note:' saying in one line what was corrected",
        "此项更正缺少“note:”，请用一行说明更正了什么");

    public static readonly Msg RevisionNoteTooLong = new(
        "a revision's note is one line; say what was corrected briefly",
        "更正说明只能有一行；请简要说明更正了什么");
}

