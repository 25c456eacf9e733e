using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Simulator;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>
/// With Coro failing a fifth of its answers and rate-limiting others, every main page still
/// settles into data or a statement of what failed, and stays interactive. It has a dashboard of
/// its own so the faults and the cache it leaves touch no other test.
/// </summary>
[Collection(QuietDashboardCollection.Name)]
public sealed class FaultyCoroTests(FaultyCoroTests.FaultyDashboard dashboard)
    : IClassFixture<FaultyCoroTests.FaultyDashboard>
{
    public sealed class FaultyDashboard : IAsyncLifetime
    {
        public DashboardFixture Fixture { get; } = new();

        public async Task InitializeAsync()
        {
            await Fixture.InitializeAsync();
            Fixture.Server.Simulator.Faults = new FaultSettings
            {
                ErrorRate = new() { ["*"] = 0.2 },
                RateLimitRate = 0.1,
                RetryAfterSeconds = 1,
            };
        }

        public Task DisposeAsync() => Fixture.DisposeAsync();
    }

    [Fact]
    public async Task Every_main_page_stays_usable_and_says_what_failed()
    {
        var server = dashboard.Fixture.Server;
        var customer = server.Demo.CustomerWithManyDevices(30);
        var page = await dashboard.Fixture.SignInAsync(DemoPersonas.MspAdmin.DisplayName, "/not-found");

        foreach (var path in new[]
                 {
                     "", "workspaces", $"w/{customer.Id}", $"w/{customer.Id}/devices",
                     $"w/{customer.Id}/users", $"w/{customer.Id}/tickets", "devices",
                 })
        {
            await page.GotoAsync(path);
            await PageState.ExpectSettledAsync(page);
            var name = path.Length == 0 ? "overview" : path.Replace('/', '-');
            await Screenshots.TakeAsync(page, "faulty-" + name);
        }

        var stats = await server.ReadSimulatorStatsAsync();
        Assert.True(stats.Faults.GetValueOrDefault("error") > 0,
            "the simulator should have failed some calls");
        Assert.True(stats.Faults.GetValueOrDefault("rateLimit") > 0,
            "the simulator should have rate-limited some calls");
        await page.Context.CloseAsync();
    }
}
