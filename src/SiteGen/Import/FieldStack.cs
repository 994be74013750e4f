using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Word's complex fields (fldChar begin, instruction, separate, shown result, end), which may nest and span
/// runs and paragraphs. A HYPERLINK field becomes a link; a table of contents is left out (SiteGen makes its
/// own); page numbers are left out; any other field keeps the text Word last showed, and is named.
/// </summary>
internal sealed partial class FieldStack
{
    private readonly Stack<Frame> _frames = new();

    private sealed class Frame
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool Suppress { get; set; }

        public InlineBuilder? Link { get; set; }

        public string? Url { get; set; }

        public string Name => FieldInstruction.Name(Instruction.ToString());
    }

    /// <summary>True while the runs read are a field's instruction, or the result of a field that is left out.</summary>
    public bool Hides => _frames.Any(f => !f.InResult || f.Suppress);

    /// <summary>Where text goes while inside a HYPERLINK field's shown text.</summary>
    public InlineBuilder? LinkTarget => _frames.FirstOrDefault(f => f.InResult && f.Link is not null)?.Link;

    public void Begin() => _frames.Push(new Frame());

    public void Instruction(string text)
    {
        if (_frames.TryPeek(out var frame) && !frame.InResult)
        {
            frame.Instruction.Append(text);
        }
    }

    public void Separate(ImportPlace place, Func<string, string?> safeUrl)
    {
        if (!_frames.TryPeek(out var frame) || frame.InResult)
        {
            return;
        }

        frame.InResult = true;
        var instruction = frame.Instruction.ToString();
        switch (frame.Name)
        {
            case "HYPERLINK":
                frame.Url = safeUrl(FieldInstruction.HyperlinkTarget(instruction));
                frame.Link = new InlineBuilder();
                break;
            case "TOC":
                frame.Suppress = true;
                place.Warning(Diagnostics.DiagnosticCodes.ImportContentLeftOut, Diagnostics.Messages.ImportTocLeftOut.With());
                break;
            case "PAGE" or "NUMPAGES" or "SECTIONPAGES":
                frame.Suppress = true;
                place.Warning(Diagnostics.DiagnosticCodes.ImportContentLeftOut, Diagnostics.Messages.ImportPageNumberLeftOut.With(frame.Name));
                break;
            default:
                place.Warning(Diagnostics.DiagnosticCodes.ImportContentSimplified, Diagnostics.Messages.ImportFieldAsText.With(MessageText(instruction)));
                break;
        }
    }

    /// <summary>Ends the innermost field; returns the finished link (its shown text and URL) when it was a hyperlink.</summary>
    public (InlineBuilder Text, string? Url)? End(ImportPlace place)
    {
        if (!_frames.TryPop(out var frame))
        {
            return null;
        }

        if (!frame.InResult && frame.Name is not ("" or "XE" or "TC" or "RD" or "TA" or "PRIVATE" or "ADDIN"))
        {
            place.Warning(Diagnostics.DiagnosticCodes.ImportContentLeftOut, Diagnostics.Messages.ImportEmptyField.With(MessageText(frame.Instruction.ToString())));
        }

        return frame.Link is null ? null : (frame.Link, frame.Url);
    }

    private static string MessageText(string instruction) => SiteGen.Diagnostics.MessageText.Value(instruction.Trim());
}

/// <summary>Reads a field instruction such as <c>HYPERLINK "https://…" \o "tip"</c>.</summary>
internal static partial class FieldInstruction
{
    public static string Name(string instruction)
    {
        var trimmed = instruction.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] != '\\')
        {
            end++;
        }

        return trimmed[..end].ToUpperInvariant();
    }

    /// <summary>The URL, or "#anchor" for a link to a bookmark (the \l switch).</summary>
    public static string HyperlinkTarget(string instruction)
    {
        var anchor = AnchorSwitch().Match(instruction);
        if (anchor.Success)
        {
            return "#" + anchor.Groups[1].Value;
        }

        var quoted = FirstArgument().Match(instruction);
        return quoted.Success ? (quoted.Groups[1].Success ? quoted.Groups[1].Value : quoted.Groups[2].Value) : "";
    }

    [GeneratedRegex("""\\l\s+"([^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AnchorSwitch();

    [GeneratedRegex("""^\s*\S+\s+(?:"([^"]*)"|([^\s\\"]+))""")]
    private static partial Regex FirstArgument();
}
