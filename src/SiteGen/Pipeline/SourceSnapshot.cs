using System.Collections.Concurrent;
using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// The build's one view of its input files (Markdown and images). The first read of a file records its
/// SHA-256; every later read (the page's copy of an image, the EPUB's, the PDF's, the bag's source) is checked
/// against it, and a file that changed in between is an error, so the build writes nothing rather than a bag
/// whose source disagrees with its pages. Holds hashes, not bytes. Thread-safe.
/// </summary>
public sealed class SourceSnapshot(string inputDirectory, DiagnosticBag diagnostics)
{
    private const string Missing = "missing";
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    /// <summary>The bytes of an input file (path relative to the input folder), or null when it does not exist.</summary>
    public byte[]? Read(string relativePath)
    {
        byte[]? bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(inputDirectory, relativePath));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            bytes = null;
        }

        var hash = bytes is null ? Missing : Convert.ToHexStringLower(SHA256.HashData(bytes));
        var first = _hashes.GetOrAdd(relativePath, hash);
        if (first != hash && _reported.TryAdd(relativePath, 0))
        {
            diagnostics.Error(DiagnosticCodes.SourceChangedDuringBuild,
                Messages.SourceChanged.With(relativePath),
                SourceLocation.FileOnly(relativePath));
        }

        return bytes;
    }

    /// <summary>The SHA-256 of the file as the build first read it ("missing" when it did not exist); reads it if no step has yet.</summary>
    public string HashOf(string relativePath)
    {
        if (!_hashes.TryGetValue(relativePath, out var hash))
        {
            Read(relativePath);
            hash = _hashes[relativePath];
        }

        return hash;
    }
}
