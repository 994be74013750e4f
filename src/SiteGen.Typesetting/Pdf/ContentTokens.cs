namespace SiteGen.Typesetting.Pdf;

/// <summary>One operator of a content stream with the text of its operands, as written.</summary>
internal sealed record ContentOp(string Operator, string Operands, IReadOnlyList<string> Args);

/// <summary>
/// Splits a page content stream (Latin-1 text) into operators and their operands. Knows the token kinds a content
/// stream holds: numbers, names, strings (literal with escapes and nesting, hex), arrays and dictionaries.
/// Inline images (BI … ID … EI) are not written by PDFsharp and are refused.
/// </summary>
internal static class ContentTokens
{
    public static List<ContentOp> Parse(string content)
    {
        var ops = new List<ContentOp>();
        var args = new List<string>();
        var operandStart = -1;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c)) { i++; continue; }
            if (c == '%') { while (i < content.Length && content[i] is not ('\n' or '\r')) i++; continue; }
            var start = i;
            if (c == '(') i = SkipLiteral(content, i);
            else if (c == '<' && i + 1 < content.Length && content[i + 1] == '<') i = SkipNested(content, i, "<<", ">>");
            else if (c == '<') i = content.IndexOf('>', i) + 1;
            else if (c == '[') i = SkipNested(content, i, "[", "]");
            else if (c == '/') { i++; while (i < content.Length && IsRegular(content[i])) i++; }
            else if (IsNumberStart(c)) { i++; while (i < content.Length && IsRegular(content[i])) i++; }
            else
            {
                while (i < content.Length && IsRegular(content[i])) i++;
                if (i == start) throw new InvalidDataException($"Unexpected '{c}' in a content stream.");
                var op = content[start..i];
                if (op == "BI") throw new InvalidDataException("Inline images are not supported in content streams.");
                ops.Add(new ContentOp(op, operandStart < 0 ? "" : content[operandStart..start].TrimEnd(), args.ToArray()));
                args.Clear();
                operandStart = -1;
                continue;
            }
            if (i <= start) throw new InvalidDataException("Unterminated token in a content stream.");
            if (operandStart < 0) operandStart = start;
            args.Add(content[start..i]);
        }
        return ops;
    }

    private static int SkipLiteral(string s, int i)
    {
        var depth = 0;
        for (; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '(') depth++;
            else if (s[i] == ')' && --depth == 0) return i + 1;
        }
        return s.Length;
    }

    /// <summary>Skips a balanced construct; strings inside may hold the delimiters.</summary>
    private static int SkipNested(string s, int i, string open, string close)
    {
        var depth = 0;
        while (i < s.Length)
        {
            if (s[i] == '(') { i = SkipLiteral(s, i); continue; }
            if (string.CompareOrdinal(s, i, open, 0, open.Length) == 0) { depth++; i += open.Length; continue; }
            if (string.CompareOrdinal(s, i, close, 0, close.Length) == 0)
            {
                i += close.Length;
                if (--depth == 0) return i;
                continue;
            }
            if (open == "[" && s[i] == '<' && (i + 1 >= s.Length || s[i + 1] != '<')) { i = s.IndexOf('>', i) + 1; continue; }
            i++;
        }
        return s.Length;
    }

    private static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';
    private static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
    private static bool IsRegular(char c) => !IsWhite(c) && !IsDelimiter(c);
    private static bool IsNumberStart(char c) => c is (>= '0' and <= '9') or '-' or '+' or '.';
}
