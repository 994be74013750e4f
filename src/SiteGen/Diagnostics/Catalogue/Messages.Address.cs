namespace SiteGen.Diagnostics;

/// <summary>base_url for publication, and what marks a preview.</summary>
public static partial class Messages
{
    public static readonly Msg BaseUrlMissing = new(
        "base_url is not set: add 'base_url: https://…/' (the address the site will be published at) to site.yml; the feed, the sitemap and every report's identifier are made from it and must never change later. To look at the site before it has an address, run 'sitegen serve' or 'sitegen build --preview'",
        "未设置 base_url：请在 site.yml 中加入“base_url: https://…/”（网站发布的地址）；订阅源、站点地图和每份报告的标识符都由它生成，日后不能再改。网站还没有地址时，可用“sitegen serve”或“sitegen build --preview”预览");

    public static readonly Msg<string, Message> BaseUrlNotPublishable = new(
        "base_url '{0}' is {1}, not an address a site can be published at: set base_url in site.yml to the real address (the feed, the sitemap and every report's identifier are made from it and must never change later), or run 'sitegen build --preview' to look at the site",
        "base_url“{0}”是{1}，不是网站可以发布的地址：请在 site.yml 中把 base_url 改为真实地址（订阅源、站点地图和每份报告的标识符都由它生成，日后不能再改），或用“sitegen build --preview”预览");

    public static readonly Msg AddressReservedExample = new(
        "a domain reserved for examples (example.org, example.com, example.net)",
        "保留给示例的域名（example.org、example.com、example.net）");

    public static readonly Msg AddressThisComputer = new(
        "an address of this computer only (localhost, 127.x.x.x, ::1, 0.0.0.0)",
        "仅指本机的地址（localhost、127.x.x.x、::1、0.0.0.0）");

    public static readonly Msg AddressReservedName = new(
        "a name reserved for tests and local networks that is never on the internet (.test, .invalid, .example, .localhost, .local, .internal, .home.arpa)",
        "保留给测试和局域网、不会出现在互联网上的名称（.test、.invalid、.example、.localhost、.local、.internal、.home.arpa）");

    public static readonly Msg AddressNoDomain = new(
        "a host name without a domain (no dot), which only a local network can reach",
        "没有域名（不含点）的主机名，只有局域网能访问");

    public static readonly Msg AddressExtraParts = new(
        "an address with a user name, a query (?…) or a fragment (#…)",
        "带有用户名、查询（?…）或片段（#…）的地址");

    public static readonly Msg AddressLinkLocal = new(
        "a link-local address, which only the local network segment can reach",
        "仅本网段可达的链路本地地址");
}
