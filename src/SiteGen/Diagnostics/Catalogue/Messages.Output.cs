namespace SiteGen.Diagnostics;

/// <summary>Why an --output (or --templates) folder is refused before anything is written: the user's own files would be at risk.</summary>
public static partial class Messages
{
    public static readonly Msg<string> TemplatesFolderMissing = new(
        "--templates: folder '{0}' does not exist; give a folder of templates, or leave --templates out to use the built-in ones",
        "--templates：文件夹“{0}”不存在；请给出模板文件夹，或不用 --templates 而使用内置模板");

    public static readonly Msg<string> OutputIsRoot = new(
        "--output '{0}' is the root of the file system; choose a folder of its own, e.g. --output output",
        "--output“{0}”是文件系统的根目录；请另选一个专用文件夹，如 --output output");

    public static readonly Msg<string> OutputIsFile = new(
        "--output '{0}' is a file, not a folder; choose a folder, e.g. --output output",
        "--output“{0}”是文件，不是文件夹；请选择文件夹，如 --output output");

    public static readonly Msg<string, string> OutputNotOurs = new(
        "--output '{0}' is not empty and was not made by SiteGen (it has no {1} file); SiteGen replaces its output folder whole, so it will not touch this one. Choose a new or empty folder, or move this one away yourself",
        "--output“{0}”不是空文件夹，也不是 SiteGen 生成的（其中没有 {1} 文件）；SiteGen 会整体替换输出文件夹，因此不会动它。请选择新的或空的文件夹，或自行将其移走");

    public static readonly Msg<string, string, int> OutputHasForeignFiles = new(
        "--output '{0}' holds files the last build did not write (first '{1}', {2} in all); the build replaces the folder whole and would delete them. Move them out, or into the report's folder under input/ if they should be published",
        "--output“{0}”中有上次生成之外的文件（第一个是“{1}”，共 {2} 个）；生成时会整体替换该文件夹，这些文件将被删除。请把它们移走；如需发布，请放入 input/ 下报告的文件夹");

    public static readonly Msg<string, string> OutputNotOursShort = new(
        "--output '{0}' is not empty and was not made by SiteGen (it has no {1} file); SiteGen will not replace it",
        "--output“{0}”不是空文件夹，也不是 SiteGen 生成的（其中没有 {1} 文件）；SiteGen 不会替换它");

    public static readonly Msg<string, Message, string> OutputInside = new(
        "--output '{0}' is or lies inside the {1} folder '{2}'; the build replaces its output folder whole and would delete your files. Choose a folder outside it, e.g. --output output",
        "--output“{0}”就是或位于{1}文件夹“{2}”之内；生成时会整体替换输出文件夹，将删除您的文件。请选择其外的文件夹，如 --output output");

    public static readonly Msg<string, Message, string> OutputHolds = new(
        "--output '{0}' holds the {1} folder '{2}'; the build replaces its output folder whole and would delete your files. Choose a folder beside it, e.g. --output output",
        "--output“{0}”包含{1}文件夹“{2}”；生成时会整体替换输出文件夹，将删除您的文件。请选择与之并列的文件夹，如 --output output");

    public static readonly Msg FolderInput = new("input", "输入");
    public static readonly Msg FolderBuiltInTemplates = new("built-in templates", "内置模板");
    public static readonly Msg FolderTemplates = new("templates", "模板");

    public static readonly Msg<string, string> OptionSymlinkLoop = new(
        "{0}: '{1}' is a loop of symbolic links (a link that leads back to itself)",
        "{0}：“{1}”是循环的符号链接（链接又指回自身）");
}
