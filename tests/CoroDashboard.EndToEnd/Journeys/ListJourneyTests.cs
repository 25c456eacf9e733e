using System.Text.RegularExpressions;
using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>An MSP admin pages devices, filters protected users and opens a ticket.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ListJourneyTests(DashboardFixture dashboard)
{
    private const int PageSize = 25;

    private static readonly string Admin = DemoPersonas.MspAdmin.DisplayName;

    [Fact]
    public async Task Msp_admin_pages_the_devices_to_the_third_page()
    {
        var customer = dashboard.Server.Demo.CustomerWithManyDevices(3 * PageSize + 1);
        var page = await dashboard.SignInAsync(Admin, $"/w/{customer.Id}/devices");
        await Expect(page.GetByText(new Regex($@"^1-{PageSize} of \d+$"))).ToBeVisibleAsync();
        var total = await PagerTotalAsync(page);
        Assert.True(total > 3 * PageSize, $"the customer should fill more than three pages, not {total}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(page.GetByText($"{PageSize + 1}-{2 * PageSize} of {total}")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(page.GetByText($"{2 * PageSize + 1}-{3 * PageSize} of {total}")).ToBeVisibleAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]page=3"));
        Assert.Equal(PageSize, await page.Locator("[data-testid=list] tbody tr").CountAsync());
        await Screenshots.TakeAsync(page, "devices-page-3");

        await page.ReloadAsync();
        await Expect(page.GetByText($"{2 * PageSize + 1}-{3 * PageSize} of {total}")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Msp_admin_filters_the_protected_users()
    {
        var customer = dashboard.Server.Demo.CustomerWithManyDevices(3 * PageSize + 1);
        var page = await dashboard.SignInAsync(Admin, $"/w/{customer.Id}/users");
        await Expect(page.GetByText(new Regex($@"^1-{PageSize} of \d+$"))).ToBeVisibleAsync();
        var unfiltered = await PagerTotalAsync(page);

        await page.Locator("[data-filter=protection]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Not protected", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]protection=protectable"));
        await Expect(page.GetByText($"1-{PageSize} of {unfiltered}")).ToHaveCountAsync(0);
        Assert.True(await PagerTotalAsync(page) < unfiltered, "the filter should leave fewer users");
        await Screenshots.TakeAsync(page, "users-not-protected");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Msp_admin_opens_a_ticket_from_the_list()
    {
        var customer = dashboard.Server.Demo.CustomerWithManyDevices(3 * PageSize + 1);
        var page = await dashboard.SignInAsync(Admin, $"/w/{customer.Id}/tickets");
        var first = page.Locator("[data-testid=list] tbody tr [data-item]").First;
        await Expect(first).ToBeVisibleAsync();
        var ticketId = await first.GetAttributeAsync("data-item");

        await first.ClickAsync();

        var item = Regex.Escape(Uri.EscapeDataString(ticketId!));
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]item={item}"));
        var detail = page.Locator("[data-testid=detail]");
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByText(ticketId!)).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "ticket-detail");
        await page.Context.CloseAsync();
    }

    private static async Task<int> PagerTotalAsync(IPage page)
    {
        var text = await page.GetByText(new Regex(@"^\d+-\d+ of \d+$")).First.InnerTextAsync();
        return int.Parse(text[(text.LastIndexOf(' ') + 1)..]);
    }
}
