using System.Net;
using CoroDashboard.Web.Tests.Hosting;

namespace CoroDashboard.Web.Tests.Shell;

/// <summary>
/// When a circuit dies, blazor.web.js shows the page's #blazor-error-ui; without that element the
/// user is left looking at a loading bar. It must be on every page, hidden until needed, and offer
/// a reload.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CircuitErrorNoticeTests(DashboardFactory app)
{
    [Fact]
    public async Task Pages_carry_a_hidden_notice_that_says_something_went_wrong_and_offers_a_reload()
    {
        using var client = app.ClientFor(TestPersona.MspAdmin);
        var page = await client.GetAsync("/settings/psa");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();

        var start = html.IndexOf("<div id=\"blazor-error-ui\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no #blazor-error-ui element.");
        var notice = html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
        Assert.Contains("Something went wrong", notice);
        Assert.Contains("class=\"reload\"", notice);

        var css = await client.GetStringAsync("/brand/brand.css");
        var rule = css[css.IndexOf("#blazor-error-ui {", StringComparison.Ordinal)..];
        Assert.Contains("display: none", rule[..rule.IndexOf('}')]);
    }
}
