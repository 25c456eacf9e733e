using CoroDashboard.EndToEnd.Support;
using Microsoft.Playwright;

namespace CoroDashboard.EndToEnd.Smoke;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Msp_admin_lands_on_the_global_overview()
    {
        var page = await dashboard.SignInAsync("Alex Admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "smoke-overview");
        await page.Context.CloseAsync();
    }
}
