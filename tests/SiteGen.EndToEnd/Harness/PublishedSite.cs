namespace SiteGen.EndToEnd.Harness;

/// <summary>
/// The site.yml of a test site built for publication: `sitegen build` refuses a missing, placeholder or local
/// base_url (SG050), so every fixture that builds without --preview names a real-looking address.
/// </summary>
internal static class PublishedSite
{
    public const string BaseUrl = "https://www.bozhou.gov.cn/test-archive/";
    public const string SiteYml = "base_url: " + BaseUrl + "\n";
}
