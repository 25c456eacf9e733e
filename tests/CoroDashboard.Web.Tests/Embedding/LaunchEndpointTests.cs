using System.Net;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Tests.Embedding.Support;

namespace CoroDashboard.Web.Tests.Embedding;

/// <summary>
/// The launch endpoint of the real app: a good link opens a partitioned, cross-site session
/// cookie; a tampered, expired, replayed or unmapped one gets the error page and no session.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class LaunchEndpointTests(DashboardHost host)
{
    [Fact]
    public async Task A_good_link_sets_a_secure_cross_site_partitioned_http_only_session_cookie()
    {
        using var client = host.Browser();

        var launched = await client.GetAsync(LaunchLinks.ToUrl(host.Link(), DashboardHost.Secret));

        var cookie = Assert.Single(launched.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith(EmbeddingSetup.CookieName + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=none", attributes);
        Assert.Contains("partitioned", attributes);
        Assert.Equal($"{EmbeddedRoutes.SessionCheck}?next=%2Fembed%2Fw%2F{host.WorkspaceId}",
            launched.Headers.Location!.OriginalString);

        var checkedSession = await client.GetAsync(launched.Headers.Location);
        Assert.Equal(
            EmbeddedRoutes.Overview(host.WorkspaceId), checkedSession.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(checkedSession.Headers.Location)).StatusCode);
    }

    public static TheoryData<string> BadLinks => ["Tampered", "Expired", "Replayed", "Unmapped"];

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task A_bad_link_gets_the_error_page_and_no_session(string kind)
    {
        using var client = host.Browser();
        var url = await BadLinkAsync(kind);

        var launched = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Equal($"{EmbeddedRoutes.Refused}?reason={kind}", launched.Headers.Location!.OriginalString);
        var cookies = launched.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        Assert.DoesNotContain(cookies, c =>
            c.StartsWith(EmbeddingSetup.CookieName + "=", StringComparison.Ordinal)
            && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

        var page = await client.GetStringAsync(launched.Headers.Location);
        Assert.Contains("This link cannot open the dashboard", page, StringComparison.Ordinal);
        Assert.Contains($"data-reason=\"{kind}\"", page, StringComparison.Ordinal);

        var view = await client.GetAsync(EmbeddedRoutes.Overview(host.WorkspaceId));
        Assert.Equal(HttpStatusCode.Redirect, view.StatusCode);
        Assert.StartsWith(
            EmbeddedRoutes.Expired, view.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string> BadLinkAsync(string kind)
    {
        switch (kind)
        {
            case "Tampered":
                return LaunchLinks.ToUrl(host.Link(), DashboardHost.Secret)
                    .Replace(DashboardHost.Company, "psa-company-8", StringComparison.Ordinal);
            case "Expired":
                var expired = host.Link(expiresIn: TimeSpan.FromMinutes(-10));
                return LaunchLinks.ToUrl(expired, DashboardHost.Secret);
            case "Unmapped":
                return LaunchLinks.ToUrl(host.Link(company: "not-mapped"), DashboardHost.Secret);
            default:
                var url = LaunchLinks.ToUrl(host.Link(), DashboardHost.Secret);
                using (var first = host.Browser())
                {
                    var used = (await first.GetAsync(url)).Headers.Location!.OriginalString;
                    Assert.StartsWith(EmbeddedRoutes.SessionCheck, used, StringComparison.Ordinal);
                }
                return url;
        }
    }
}
