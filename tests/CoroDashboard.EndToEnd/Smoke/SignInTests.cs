using CoroDashboard.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Smoke;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Msp_admin_lands_on_the_global_overview()
    {
        var page = await dashboard.SignInAsync("Alex Admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Expect(page.GetByText("As of").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        Console.WriteLine($"DEBUG overview took {started.Elapsed}");
        await Screenshots.TakeAsync(page, "smoke-overview");
        await page.Context.CloseAsync();
    }
}
