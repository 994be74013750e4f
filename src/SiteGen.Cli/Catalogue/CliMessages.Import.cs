using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>What `sitegen import` says, its help included.</summary>
internal static partial class CliMessages
{
    public static readonly Msg HelpImport = new(
        "Import a Word document (.docx, from Word, WPS or LibreOffice) as a new report: report.md and its pictures, with every thing it could not carry named",
        "将 Word 文档（.docx，来自 Word、WPS 或 LibreOffice）导入为新报告：生成 report.md 及其图片，并逐项指出无法转入的内容");

    public static readonly Msg HelpImportFile = new("The Word document (.docx) to import", "要导入的 Word 文档（.docx）");

    public static readonly Msg HelpImportOutput = new(
        "The new report folder (default: input/<the file's name>); must be new or empty",
        "新报告的文件夹（默认：input/<文件名>）；必须是新的或空的文件夹");

    public static readonly Msg<string> ImportNotAFile = new(
        "sitegen import: '{0}' is not a file; name the .docx to import.",
        "sitegen import：“{0}”不是文件；请指明要导入的 .docx 文件。");

    public static readonly Msg<string> ImportTargetIsFile = new(
        "sitegen import: '{0}' is a file; give a new folder's name with --output.",
        "sitegen import：“{0}”是一个文件；请用 --output 给出新文件夹的名称。");

    public static readonly Msg<string> ImportTargetNotEmpty = new(
        "sitegen import: '{0}' already holds files; sitegen import only writes into a new or empty folder, so nothing of yours is overwritten.",
        "sitegen import：“{0}”中已有文件；sitegen import 只写入新的或空的文件夹，不会覆盖已有文件。");

    public static readonly Msg<Message> ImportNothing = new("Nothing imported: {0}.", "未导入任何内容：{0}。");

    public static readonly Msg<string, Message> ImportWroteWithErrors = new(
        "Wrote {0} ({1}); fix what the errors name in it, then run sitegen build.",
        "已写入 {0}（{1}）；请按错误信息在其中改正，然后运行 sitegen build。");

    public static readonly Msg<string, Message> ImportWrote = new(
        "Wrote {0} ({1}); read it through, then run sitegen build.",
        "已写入 {0}（{1}）；请通读一遍，然后运行 sitegen build。");
}
