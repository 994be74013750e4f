using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Input;

/// <summary>
/// Reads a text file the build depends on as strict UTF-8. Anything else is reported at the line of the first
/// byte that is not UTF-8, with a guess at what the file is (GBK/GB18030, what older Windows Notepad and WPS
/// save, or UTF-16), instead of becoming U+FFFD and a puzzling error much later.
/// </summary>
internal static class SourceDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null when the file is not UTF-8 (then reported at <paramref name="relativePath"/>).</summary>
    public static string? Decode(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (Utf16Kind(bytes) is { } utf16)
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, $"this file is not UTF-8 (it looks like {utf16}): save it as UTF-8", new SourceLocation(relativePath, 1, 1));
            return null;
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var span = bytes.AsSpan(start);
        var bad = FirstInvalid(span);
        if (bad < 0)
        {
            var text = Strict.GetString(span);
            return ForbiddenCharacters.Check(text, relativePath, 1, diagnostics) ? text : null;
        }

        var line = 1 + span[..bad].Count((byte)'\n');
        var lineStart = span[..bad].LastIndexOf((byte)'\n') + 1;
        var column = 1 + Strict.GetCharCount(span[lineStart..bad]);
        var guess = LooksLikeGb18030(span) ? " (it looks like GBK or GB18030)" : "";
        diagnostics.Error(DiagnosticCodes.NotUtf8, $"this file is not UTF-8{guess}: save it as UTF-8", new SourceLocation(relativePath, line, column));
        return null;
    }

    /// <summary>Index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>UTF-16 by its byte-order mark, or without one by the zero bytes ASCII leaves in every other place.</summary>
    private static string? Utf16Kind(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16";
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        // Markdown and YAML have ASCII markup on most lines; UTF-8 text never holds zero bytes at all.
        var pairs = sample / 2;
        return oddZeros * 5 > pairs && evenZeros * 20 < pairs ? "UTF-16 LE"
            : evenZeros * 5 > pairs && oddZeros * 20 < pairs ? "UTF-16 BE"
            : null;
    }

    private static bool LooksLikeGb18030(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = gb.GetString(bytes);
            // Real Chinese text decodes mostly into the CJK Unified Ideographs block.
            var han = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
            var nonAscii = text.Count(c => c > '\u007f');
            return nonAscii > 0 && han * 2 >= nonAscii;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
