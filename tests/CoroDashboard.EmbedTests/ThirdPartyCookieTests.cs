using CoroDashboard.EmbedTests.Support;
using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests;

/// <summary>
/// With third-party cookies blocked, the embedded session still works: its cookie is
/// partitioned (CHIPS), kept under the PSA's site only.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ThirdPartyCookieTests(DashboardServer server)
    : BrowserTest(blockThirdPartyCookies: true)
{
    [Fact]
    public async Task With_third_party_cookies_blocked_the_frame_still_shows_the_workspace_and_its_list()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(server.AllowedHost.Framing(server.LaunchUrl()));
        var frame = page.FrameLocator("#coro");
        await Assertions.Expect(frame.GetByTestId("embedded")).ToBeVisibleAsync();

        // The browser really blocks: an ordinary cross-site cookie is dropped, a partitioned one kept.
        var embedded = page.Frames.Single(f => f.Url.Contains("/embed/", StringComparison.Ordinal));
        Assert.False(await embedded.EvaluateAsync<bool>(
            @"() => {
                document.cookie = 'probe=1; SameSite=None; Secure';
                return document.cookie.includes('probe=1');
            }"));
        Assert.True(await embedded.EvaluateAsync<bool>(
            @"() => {
                document.cookie = 'kept=1; SameSite=None; Secure; Partitioned';
                return document.cookie.includes('kept=1');
            }"));

        await frame.GetByRole(AriaRole.Link, new() { Name = "Users" }).First.ClickAsync();
        await Assertions.Expect(frame.GetByTestId("list").Locator("[data-item]").First).ToBeVisibleAsync();
    }
}
