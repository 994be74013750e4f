using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// System.CommandLine's own parse errors, in both languages. The English of each is the library's resource text,
/// word for word (ParseErrorText matches an error against it to know which one it is, and a test checks the
/// library still says exactly this); the library's own zh-Hans resources would need ICU, which SiteGen runs without.
/// </summary>
internal static partial class CliMessages
{
    public static readonly Msg<string, string> ArgumentConversionCannotParse = new(
        "Cannot parse argument '{0}' as expected type '{1}'.",
        "无法将参数“{0}”解析为所需的类型“{1}”。");

    public static readonly Msg<string, string, string> ArgumentConversionCannotParseForCommand = new(
        "Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.",
        "无法将命令“{1}”的参数“{0}”解析为所需的类型“{2}”。");

    public static readonly Msg<string, string, string, string> ArgumentConversionCannotParseForCommand_Completions = new(
        "Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
        "无法将命令“{1}”的参数“{0}”解析为所需的类型“{2}”。是否是指以下之一？{3}");

    public static readonly Msg<string, string, string> ArgumentConversionCannotParseForOption = new(
        "Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.",
        "无法将选项“{1}”的参数“{0}”解析为所需的类型“{2}”。");

    public static readonly Msg<string, string, string, string> ArgumentConversionCannotParseForOption_Completions = new(
        "Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}",
        "无法将选项“{1}”的参数“{0}”解析为所需的类型“{2}”。是否是指以下之一？{3}");

    public static readonly Msg<string> CommandRequiredArgumentMissing = new(
        "Required argument missing for command: '{0}'.",
        "命令“{0}”缺少必需的参数。");

    public static readonly Msg<string> OptionRequiredArgumentMissing = new(
        "Required argument missing for option: '{0}'.",
        "选项“{0}”缺少必需的值。");

    public static readonly Msg<string, string> OptionExpectsOneArgument = new(
        "Option '{0}' expects a single argument but {1} were provided.",
        "选项“{0}”只接受一个值，但提供了 {1} 个。");

    public static readonly Msg RequiredCommandWasNotProvided = new(
        "Required command was not provided.",
        "未提供必需的命令。");

    public static readonly Msg<string> RequiredOptionWasNotProvided = new(
        "Option '{0}' is required.",
        "必须提供选项“{0}”。");

    public static readonly Msg<string, string> UnrecognizedArgument = new(
        "Argument '{0}' not recognized. Must be one of:{1}",
        "无法识别参数“{0}”。必须是以下之一：{1}");

    public static readonly Msg<string> UnrecognizedCommandOrArgument = new(
        "Unrecognized command or argument '{0}'.",
        "无法识别的命令或参数“{0}”。");

    public static readonly Msg<string> VersionOptionCannotBeCombinedWithOtherArguments = new(
        "{0} option cannot be combined with other arguments.",
        "{0} 选项不能与其他参数同时使用。");

    public static readonly Msg<string> DirectoryDoesNotExist = new("Directory does not exist: '{0}'.", "文件夹不存在：“{0}”。");
    public static readonly Msg<string> FileDoesNotExist = new("File does not exist: '{0}'.", "文件不存在：“{0}”。");
    public static readonly Msg<string> FileOrDirectoryDoesNotExist = new("File or directory does not exist: '{0}'.", "文件或文件夹不存在：“{0}”。");
    public static readonly Msg<string> InvalidCharactersInFileName = new("Character not allowed in a file name: '{0}'.", "文件名中不允许使用字符：“{0}”。");
    public static readonly Msg<string> InvalidCharactersInPath = new("Character not allowed in a path: '{0}'.", "路径中不允许使用字符：“{0}”。");
    public static readonly Msg<string> ResponseFileNotFound = new("Response file not found '{0}'.", "找不到响应文件“{0}”。");
    public static readonly Msg<string, string> ErrorReadingResponseFile = new("Error reading response file '{0}': {1}", "读取响应文件“{0}”时出错：{1}");
}
