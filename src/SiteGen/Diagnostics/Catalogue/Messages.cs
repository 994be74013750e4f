namespace SiteGen.Diagnostics;

/// <summary>
/// The message catalogue: every sentence SiteGen's library says, in English and in Simplified Chinese. Entries
/// are grouped by area in the files of this folder (the only place in src/SiteGen where interface Chinese is
/// written). The field's name is the message's id. Terms kept the same throughout the Chinese side: 报告 (report),
/// 前言字段 (front matter), 输入文件夹 / 输出文件夹 (input / output folder), 图块 (^^^ figure block), 图题
/// (caption), 脚注 (footnote), 替代文字 (alt text), 锚点 (anchor), 模板 (template), 版式 (PDF edition),
/// 符号链接 (symbolic link). Code names users type (slug:, --formats, site.yml) stay as they are.
/// </summary>
[MessageCatalogue]
public static partial class Messages
{
    public static readonly Msg<string> InEditions = new(
        " ({0} PDF)",
        "（{0} 版式 PDF）");
}
