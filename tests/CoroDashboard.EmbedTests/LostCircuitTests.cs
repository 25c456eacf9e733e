using CoroDashboard.EmbedTests.Support;
using Microsoft.Playwright;

namespace CoroDashboard.EmbedTests;

/// <summary>
/// A circuit the server no longer knows comes back in the frame alone, on the same view, because
/// workspace and page live in the frame's URL; the PSA page around it stays as it was.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class LostCircuitTests(DashboardServer server) : BrowserTest
{
    [Fact]
    public async Task A_lost_circuit_comes_back_in_the_frame_alone_on_the_same_page_of_the_same_list()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(server.AllowedHost.Framing(server.LaunchUrl()));
        var frame = page.FrameLocator("#coro");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Devices" }).First.ClickAsync();
        var rows = frame.Locator("table[aria-label=devices] [data-item]");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        var firstOfPageOne = await rows.First.GetAttributeAsync("data-item");
        await frame.Locator("button[aria-label='Next page']").ClickAsync();
        await Assertions.Expect(rows.First).Not.ToHaveAttributeAsync("data-item", firstOfPageOne!);
        var shown = await rows.First.GetAttributeAsync("data-item");
        await page.EvaluateAsync("() => window.psaState = 'untouched'");
        var embedded = page.Frames.Single(f => f.Url.Contains("/embed/", StringComparison.Ordinal));
        await embedded.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal));
        var reload = page.WaitForRequestAsync(request => request.IsNavigationRequest
            && request.Frame == embedded && request.Url.Contains("page=2", StringComparison.Ordinal));
        await embedded.EvaluateAsync(@"() => {
            window.connectionStates = [];
            document.getElementById('components-reconnect-modal').addEventListener(
                'components-reconnect-state-changed', e => window.connectionStates.push(e.detail.state));
        }");

        // The connection drops; this server forgets a disconnected circuit at once, as any server
        // does after the retention period or a restart. The frame then either reloads itself or
        // has Blazor resume a new circuit in place; both land on the same view from the URL.
        await embedded.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        var resumed = embedded.WaitForFunctionAsync(
            "() => (window.connectionStates || []).includes('hide')", null, new() { Timeout = 30_000 });
        await Task.WhenAny(reload, resumed);

        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-item", shown!);
        await Assertions.Expect(frame.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
        await frame.Locator("button[aria-label='Next page']").ClickAsync();
        await Assertions.Expect(rows.First).Not.ToHaveAttributeAsync("data-item", shown!);
        await embedded.WaitForURLAsync(url => url.Contains("page=3", StringComparison.Ordinal));
        Assert.Equal("untouched", await page.EvaluateAsync<string>("() => window.psaState"));
        Assert.Contains($"/embed/w/{server.WorkspaceId}/devices", embedded.Url, StringComparison.Ordinal);
    }
}
