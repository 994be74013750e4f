using SiteGen.EndToEnd.Checkers;

namespace SiteGen.EndToEnd.Harness;

/// <summary>These tests change environment variables, so they run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Environment-mutating";
}

[Collection(EnvironmentCollection.Name)]
public sealed class MissingToolTests
{
    [Fact]
    public void A_missing_checker_throws_with_the_install_hint()
    {
        using var env = new EnvVar("SITEGEN_VNU_JAR", "/nonexistent/vnu.jar");

        var e = Assert.Throws<CheckerMissingException>(() => VnuChecker.Check(["/tmp/any.html"]));

        Assert.Contains("/nonexistent/vnu.jar", e.Message);
        Assert.Contains(".ci/install-test-deps", e.Message);
    }

    [Fact]
    public void Under_ci_a_missing_tool_fails_the_test_instead_of_skipping_it()
    {
        using var chromium = new EnvVar("SITEGEN_CHROMIUM", "/nonexistent/chromium");
        using (new EnvVar("CI", "true"))
            Assert.Null(new ToolFactAttribute(Tool.Chromium).Skip);
        using (new EnvVar("CI", null))
            Assert.Contains("/nonexistent/chromium", new ToolFactAttribute(Tool.Chromium).Skip);
    }

    [Fact]
    public async Task A_missing_browser_throws_checker_missing()
    {
        using var env = new EnvVar("SITEGEN_CHROMIUM", "/nonexistent/chromium");
        await Assert.ThrowsAsync<CheckerMissingException>(BrowserSession.LaunchAsync);
    }

    private sealed class EnvVar : IDisposable
    {
        private readonly string _name;
        private readonly string? _old;

        public EnvVar(string name, string? value)
        {
            _name = name;
            _old = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _old);
    }
}
