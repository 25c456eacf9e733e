using System.Text.RegularExpressions;
using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>An MSP admin finds a customer in the hierarchy and opens its overview.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HierarchyJourneyTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task Msp_admin_searches_the_hierarchy_and_opens_a_customer_overview()
    {
        var customer = dashboard.Server.Demo.Customers[2];
        var page = await dashboard.SignInAsync(DemoPersonas.MspAdmin.DisplayName, "/workspaces");

        var channel = dashboard.Server.Simulator.Dataset.Root;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = channel.Name(), Exact = true }))
            .ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "workspaces-tree");

        await page.GetByLabel("Search by name, id or domain").FillAsync(customer.Name());
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q="));
        var rows = page.Locator("tbody tr");
        await Expect(rows.GetByRole(AriaRole.Link, new() { Name = customer.Name(), Exact = true }))
            .ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() < dashboard.Server.Demo.Customers.Count,
            "the search should narrow the hierarchy");

        await rows.GetByRole(AriaRole.Link, new() { Name = customer.Name(), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{customer.Id}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(customer.Name());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tickets by protection component" }))
            .ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "workspace-overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reload_lands_on_the_same_filtered_hierarchy()
    {
        var customer = dashboard.Server.Demo.Customers[0];
        var query = Uri.EscapeDataString(customer.Name());
        var page = await dashboard.SignInAsync(DemoPersonas.MspAdmin.DisplayName, $"/workspaces?q={query}&view=list");

        await Expect(page.GetByLabel("Search by name, id or domain")).ToHaveValueAsync(customer.Name());
        await Expect(page.Locator("tbody").GetByRole(AriaRole.Link, new() { Name = customer.Name(), Exact = true }))
            .ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
