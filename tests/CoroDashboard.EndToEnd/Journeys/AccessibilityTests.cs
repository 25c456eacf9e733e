using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Deque.AxeCore.Playwright;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>axe finds no serious or critical violation on the main pages.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AccessibilityTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Main_pages_have_no_serious_or_critical_axe_violations()
    {
        var customer = dashboard.Server.Demo.CustomerWithManyDevices(30);
        var page = await dashboard.SignInAsync(DemoPersonas.MspAdmin.DisplayName, "/not-found");
        var found = new List<string>();

        foreach (var path in new[]
                 {
                     "", "workspaces", $"w/{customer.Id}", $"w/{customer.Id}/devices",
                     $"w/{customer.Id}/users", $"w/{customer.Id}/tickets",
                 })
        {
            await page.GotoAsync(path);
            await PageState.ExpectSettledAsync(page);
            var results = await page.RunAxe();
            found.AddRange(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"/{path}: {v.Id} ({v.Impact}) on "
                    + string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
        await page.Context.CloseAsync();
    }
}
