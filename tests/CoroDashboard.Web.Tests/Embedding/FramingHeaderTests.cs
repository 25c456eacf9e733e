using System.Net;
using CoroDashboard.Data.Psa;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Tests.Embedding.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Embedding;

/// <summary>
/// Who may frame each response: the embedded pages name exactly the dashboard and the PSA's
/// origins and send no X-Frame-Options; everything else (pages, sign-in, errors, the staff
/// circuit) refuses to be framed. Never a wildcard, never no policy at all.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class FramingHeaderTests(DashboardHost host)
{
    private const string Refused = "frame-ancestors 'none'";

    private string Allowed => $"frame-ancestors 'self' {DashboardHost.PsaOrigin}";

    [Fact]
    public async Task The_embedded_overview_may_be_framed_by_the_psa_that_launched_it()
    {
        using var client = host.Browser();
        await host.LaunchAsync(client);

        var page = await client.GetAsync(EmbeddedRoutes.Overview(host.WorkspaceId));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertFramableBy(page, Allowed);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("autostart=\"false\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmbeddedRoutes.Expired)]
    [InlineData(EmbeddedRoutes.Refused + "?reason=Tampered")]
    [InlineData(EmbeddedRoutes.CookiesBlocked)]
    [InlineData(EmbeddedRoutes.SignInNeeded + "?returnUrl=%2F")]
    public async Task The_embedded_pages_without_a_session_may_be_framed_by_the_psa(string path)
    {
        using var client = host.Browser();

        var page = await client.GetAsync(path);

        // Without a session it is not known which PSA frames the page: every integration's
        // origins may (these pages carry no data), and nothing else.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("X-Frame-Options"));
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy")).Split(' ');
        Assert.Equal(["frame-ancestors", "'self'"], policy[..2]);
        Assert.Contains(DashboardHost.PsaOrigin, policy);
        var stored = (await host.Services.GetRequiredService<PsaIntegrationStore>().ListAsync())
            .SelectMany(i => i.AllowedOrigins);
        Assert.All(policy[2..], origin => Assert.Contains(origin, stored));
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/signout")]
    [InlineData("/no-access")]
    [InlineData("/error")]
    [InlineData("/nothing-lives-here")]
    [InlineData("/w/ws-alpha/devices")]
    public async Task Every_other_route_refuses_to_be_framed(string path)
    {
        using var client = host.Browser();

        var page = await client.GetAsync(path);

        AssertRefused(page);
    }

    [Fact]
    public async Task After_sign_in_the_full_dashboard_and_its_circuit_refuse_to_be_framed()
    {
        using var client = host.Browser();
        await DashboardHost.SignInAsync(client, "msp-admin");

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        AssertRefused(home);
        var html = await home.Content.ReadAsStringAsync();
        Assert.DoesNotContain("autostart=\"false\"", html, StringComparison.Ordinal);

        var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        AssertRefused(negotiate);

        var settings = await client.GetAsync("/settings/psa");
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        AssertRefused(settings);
    }

    [Fact]
    public void An_origin_that_is_not_a_plain_https_origin_never_reaches_the_header()
    {
        var policy = FramingPolicy.AllowList(
            ["*", "https://*.example.test", "http://psa.example.test", "https://psa.example.test/path",
             "https://PSA.example.test:443", "http://localhost:5123"]);

        Assert.Equal("frame-ancestors 'self' https://psa.example.test http://localhost:5123", policy);
    }

    private static void AssertFramableBy(HttpResponseMessage response, string policy)
    {
        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(Refused, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
