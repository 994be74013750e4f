using System.Runtime.CompilerServices;
using SiteGen.EndToEnd.Checkers;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Support;

/// <summary>Every bag a test of this assembly builds is checked independently (unzip, sha256sum -c, Payload-Oxum) before the test goes on.</summary>
internal static class EveryBagChecked
{
    [ModuleInitializer]
    internal static void Install() => SiteBuilder.Written = IndependentBagCheck.CheckAll;
}
