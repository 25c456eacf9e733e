using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>
/// What each main page costs in Coro calls, read from the simulator's stats endpoint: a cold load
/// asks Coro, a second load within the cache lifetimes asks nothing. The figures are written to
/// TestResults/page-calls.txt for the record.
/// </summary>
[Collection(QuietDashboardCollection.Name)]
public sealed class PageCallTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Main_pages_call_coro_when_cold_and_not_at_all_when_warm()
    {
        var customer = dashboard.Server.Demo.CustomerWithManyDevices(60);
        // Signed in onto a page that asks Coro nothing, so every count below is the measured page's.
        var page = await dashboard.SignInAsync(DemoPersonas.MspAdmin.DisplayName, "/not-found");
        var pages = new (string Name, string Path)[]
        {
            ("workspace overview", $"w/{customer.Id}"),
            ("workspace devices", $"w/{customer.Id}/devices"),
            ("workspace protected users", $"w/{customer.Id}/users"),
            ("workspace tickets", $"w/{customer.Id}/tickets"),
            ("workspaces hierarchy", "workspaces"),
            ("global overview", ""),
        };

        var lines = new List<string> { "page\tcold data calls\tcold token calls\twarm data calls" };
        foreach (var (name, path) in pages)
        {
            var cold = await CountAsync(page, path);
            var warm = await CountAsync(page, path);
            lines.Add($"{name}\t{cold.DataCalls}\t{cold.TokensIssued}\t{warm.DataCalls}");
            Assert.True(cold.DataCalls > 0, $"{name}: a cold load should ask Coro");
            Assert.True(warm.DataCalls == 0,
                $"{name}: a warm load should ask Coro nothing, but asked {string.Join(", ", warm.Requests)} "
                + $"for {string.Join(", ", warm.ByWorkspace)}");
        }

        var results = Path.GetDirectoryName(Screenshots.Folder)!;
        Directory.CreateDirectory(results);
        await File.WriteAllLinesAsync(Path.Combine(results, "page-calls.txt"), lines);
        await page.Context.CloseAsync();
    }

    private async Task<SimulatorCounts> CountAsync(IPage page, string path)
    {
        await dashboard.Server.ResetSimulatorStatsAsync();
        await page.GotoAsync(path);
        await Expect(page.GetByText("As of").First).ToBeVisibleAsync();
        // Every page measured shows a table; on the hierarchy each row's counts start as a
        // "Counting" placeholder, so rows present and no placeholder left means counting is done.
        await Expect(page.Locator("tbody tr:not([aria-hidden])").First).ToBeVisibleAsync();
        await Expect(page.Locator(".counting")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        return await dashboard.Server.ReadSimulatorStatsAsync();
    }
}
