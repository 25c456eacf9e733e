using CoroDashboard.EmbedTests.Support;
using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests;

/// <summary>
/// The dashboard inside a PSA page on another site, in a real Chromium: the launch link opens an
/// embedded session, the circuit connects, and the device grid pages, all inside the frame.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class FramedDashboardTests(DashboardServer server) : BrowserTest
{
    [Fact]
    public async Task A_launch_link_framed_by_the_psa_shows_the_workspace_and_its_devices_page_by_page()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(server.AllowedHost.Framing(server.LaunchUrl()));
        var frame = page.FrameLocator("#coro");

        await Assertions.Expect(frame.GetByTestId("embedded")).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("h1")).Not.ToHaveTextAsync("Workspace");

        await frame.GetByRole(AriaRole.Link, new() { Name = "Devices" }).First.ClickAsync();
        var rows = frame.Locator("table[aria-label=devices] [data-item]");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        var firstOfPageOne = await rows.First.GetAttributeAsync("data-item");

        await frame.Locator("button[aria-label='Next page']").ClickAsync();
        await Assertions.Expect(rows.First).Not.ToHaveAttributeAsync("data-item", firstOfPageOne!);
        var embedded = page.Frames.Single(f => f.Url.Contains("/embed/", StringComparison.Ordinal));
        Assert.Contains($"/embed/w/{server.WorkspaceId}/devices", embedded.Url, StringComparison.Ordinal);
        Assert.Contains("page=2", embedded.Url, StringComparison.Ordinal);

        // The PSA page itself is untouched around the frame.
        Assert.StartsWith(server.AllowedHost.Origin, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_on_an_origin_the_integration_does_not_list_cannot_frame_the_dashboard()
    {
        var page = await Browser.NewPageAsync();
        var refused = new TaskCompletionSource<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("frame-ancestors", StringComparison.Ordinal))
                refused.TrySetResult(message.Text);
        };

        await page.GotoAsync(server.OtherHost.Framing(server.LaunchUrl()));

        // Chromium names the framed address and the directive it broke: the allow-list of the
        // integration, which does not hold this page's origin.
        var why = await refused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains(server.BaseUrl.Authority, why, StringComparison.Ordinal);
        Assert.Contains($"frame-ancestors 'self' {server.AllowedHost.Origin}", why, StringComparison.Ordinal);
        Assert.Equal(0, await page.FrameLocator("#coro").GetByTestId("embedded").CountAsync());
    }
}
