using CoroDashboard.EmbedTests.Support;
using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests;

/// <summary>
/// Sign-in never runs in a frame: a framed page of the full dashboard without a session, or an
/// embedded view whose session is gone, offers a new tab instead, without a redirect loop.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class FramedSignInTests(DashboardServer server) : BrowserTest
{
    [Fact]
    public async Task A_framed_dashboard_page_that_needs_sign_in_offers_a_new_tab_within_three_redirects()
    {
        var page = await Browser.NewPageAsync();
        var redirects = 0;
        page.Response += (_, response) =>
        {
            var ours = response.Url.StartsWith(server.BaseUrl.ToString(), StringComparison.Ordinal);
            if (ours && response.Status is >= 300 and < 400)
                Interlocked.Increment(ref redirects);
        };
        var devices = new Uri(server.BaseUrl, $"/w/{server.WorkspaceId}/devices?page=2").ToString();

        await page.GotoAsync(server.AllowedHost.Framing(devices));

        var open = page.FrameLocator("#coro").GetByTestId("open-full-dashboard");
        await Assertions.Expect(open).ToBeVisibleAsync();
        await Assertions.Expect(open).ToHaveAttributeAsync("target", "_blank");
        await Assertions.Expect(open).ToHaveAttributeAsync("href", $"/w/{server.WorkspaceId}/devices?page=2");
        Assert.InRange(redirects, 1, 3);
    }

    [Fact]
    public async Task An_embedded_view_opened_without_its_session_says_so_and_offers_a_new_tab()
    {
        var page = await Browser.NewPageAsync();
        var view = new Uri(server.BaseUrl, $"/embed/w/{server.WorkspaceId}/tickets").ToString();

        await page.GotoAsync(server.AllowedHost.Framing(view));

        var frame = page.FrameLocator("#coro");
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading))
            .ToHaveTextAsync("This embedded view has ended");
        var open = frame.GetByTestId("open-full-dashboard");
        await Assertions.Expect(open).ToHaveAttributeAsync("target", "_blank");
        await Assertions.Expect(open).ToHaveAttributeAsync("href", $"/w/{server.WorkspaceId}/tickets");
    }
}
