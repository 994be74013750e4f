using Markdig;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Ingest;

/// <summary>
/// Lists and quotes inside each other stop at <see cref="MaxLevels"/>: deeper than that no page, e-book or
/// PDF column has room to show them, and every renderer walks the nesting. Markdig itself gives up (with an
/// exception, not a place) somewhere past a hundred levels; then the first line it fails on is found by
/// parsing ever shorter beginnings of the body, so the error still has its line.
/// </summary>
internal static class NestingLimit
{
    public const int MaxLevels = 32;

    /// <summary>Leading quote marks, list markers and indentation beyond this only come from nesting far past the limit.</summary>
    private const int SuspiciousPrefix = 8 * MaxLevels;

    public static MarkdownDocument? Parse(string body, ConversionScope scope)
    {
        // Markdig spends time quadratic in the depth before it gives up, so a line that can only be absurdly deep
        // is cut off first: only the body up to it is parsed, to find where the nesting went past the limit.
        if (FirstSuspiciousLineEnd(body) is { } cut)
        {
            var head = body[..cut];
            if (ParseWhole(head, scope) is not null)
            {
                Report(scope, head.AsSpan(0, Math.Max(0, cut - 1)).Count('\n'), 0);
            }

            return null;
        }

        return ParseWhole(body, scope);
    }

    private static MarkdownDocument? ParseWhole(string body, ConversionScope scope)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, MarkdownSyntax.Pipeline);
        }
        catch (Exception e) when (IsMarkdigDepthLimit(e))
        {
            var (line, column) = FirstFailure(body);
            Report(scope, line, column);
            return null;
        }

        return Deepest(document) is { } tooDeep ? Fail(scope, tooDeep) : document;
    }

    private static MarkdownDocument? Fail(ConversionScope scope, Block block)
    {
        Report(scope, block.Line, block.Column);
        return null;
    }

    private static void Report(ConversionScope scope, int line, int column) =>
        scope.Diagnostics.Error(DiagnosticCodes.NestingTooDeep,
            Messages.NestingTooDeep.With(MaxLevels),
            scope.At(line, column));

    /// <summary>The first list or quote more than <see cref="MaxLevels"/> levels down, walked without recursion.</summary>
    private static Block? Deepest(MarkdownDocument document)
    {
        var pending = new Stack<(ContainerBlock Block, int Levels)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (container, levels) = pending.Pop();
            for (var i = container.Count - 1; i >= 0; i--)
            {
                if (container[i] is not ContainerBlock child)
                {
                    continue;
                }

                var childLevels = levels + (child is ListBlock or QuoteBlock ? 1 : 0);
                if (childLevels > MaxLevels)
                {
                    return child;
                }

                pending.Push((child, childLevels));
            }
        }

        return null;
    }

    private static int? FirstSuspiciousLineEnd(string body)
    {
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var end = body.IndexOf('\n', lineStart);
            end = end < 0 ? body.Length : end + 1;
            var prefix = 0;
            while (lineStart + prefix < end && body[lineStart + prefix] is ' ' or '\t' or '>' or '-' or '*' or '+')
            {
                prefix++;
            }

            if (prefix > SuspiciousPrefix)
            {
                return end;
            }

            lineStart = end;
        }

        return null;
    }

    /// <summary>Markdig's own limit, thrown as an ArgumentException without a position.</summary>
    private static bool IsMarkdigDepthLimit(Exception e) =>
        e is ArgumentException && e.Message.Contains("deeply nested", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The 0-based line whose addition makes Markdig fail, found on beginnings of the body that grow by doubling
    /// and then halve, so the long rest of a hostile file is never parsed again. The part that still parses
    /// names the line where nesting first went past the limit, when it does.
    /// </summary>
    private static (int Line, int Column) FirstFailure(string body)
    {
        var lineEnds = new List<int>();
        for (var i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            lineEnds.Add(i + 1);
        }

        lineEnds.Add(body.Length);
        var high = 0;
        while (high < lineEnds.Count - 1 && !Fails(body[..lineEnds[high]]))
        {
            high = Math.Min(lineEnds.Count - 1, high * 2 + 1);
        }

        var low = 0;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(body[..lineEnds[middle]]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        if (low > 0 && Deepest(Markdown.Parse(body[..lineEnds[low - 1]], MarkdownSyntax.Pipeline)) is { } tooDeep)
        {
            return (tooDeep.Line, tooDeep.Column);
        }

        return (low, 0);
    }

    private static bool Fails(string text)
    {
        try
        {
            Markdown.Parse(text, MarkdownSyntax.Pipeline);
            return false;
        }
        catch (Exception e) when (IsMarkdigDepthLimit(e))
        {
            return true;
        }
    }
}
