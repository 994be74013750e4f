using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>An input folder that is missing, or a file given as one, is one SG014 naming which, and nothing is written.</summary>
public sealed class InputFolderTests : IDisposable
{
    private readonly TempInput _input = new();

    public void Dispose() => _input.Dispose();

    [Theory]
    [InlineData(false, "does not exist")]
    [InlineData(true, "is a file, not the input folder")]
    public void A_missing_folder_or_a_file_is_named_as_such(bool file, string what)
    {
        var path = Path.Combine(_input.Root, "reports");
        if (file)
        {
            File.WriteAllText(path, "not a folder");
        }

        foreach (var result in new[] { SiteBuilder.Check(_input.Options with { InputDirectory = path }), SiteBuilder.Build(_input.Options with { InputDirectory = path }) })
        {
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.NoReports, path), (error.Code, error.Location.File));
            Assert.Contains(what, error.Message);
        }

        Assert.False(Directory.Exists(_input.Output));
    }
}
