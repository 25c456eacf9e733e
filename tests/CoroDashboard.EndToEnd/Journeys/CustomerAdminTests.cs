using System.Text.RegularExpressions;
using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>A customer's admin reaches their own workspace and nothing else.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CustomerAdminTests(DashboardFixture dashboard)
{
    private static readonly DemoPersona Persona = DemoPersonas.CustomerAdmin;

    [Fact]
    public async Task Customer_admin_lands_on_their_own_workspace()
    {
        var own = Assert.Single(await dashboard.Server.AssignedWorkspacesAsync(Persona.Email));
        var page = await dashboard.SignInAsync(Persona.DisplayName);

        await Expect(page).ToHaveURLAsync(new Regex($"/w/{own}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(dashboard.Server.Demo.Workspace(own).Name());
        await Screenshots.TakeAsync(page, "customer-admin-overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Customer_admin_gets_the_forbidden_state_for_another_workspace_by_url()
    {
        var own = Assert.Single(await dashboard.Server.AssignedWorkspacesAsync(Persona.Email));
        var other = dashboard.Server.Demo.Customers.First(c => c.Id != own);
        var page = await dashboard.SignInAsync(Persona.DisplayName);
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{own}$"));
        await dashboard.Server.ResetSimulatorStatsAsync();

        foreach (var path in new[] { $"w/{other.Id}", $"w/{other.Id}/devices", $"w/{other.Id}/tickets" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-fetch-status=Forbidden]").First).ToBeVisibleAsync();
            await Expect(page.GetByText(other.Name())).ToHaveCountAsync(0);
        }

        var stats = await dashboard.Server.ReadSimulatorStatsAsync();
        Assert.False(stats.ByWorkspace.ContainsKey(other.Id), "no call for another customer may reach Coro");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Customer_admin_switcher_offers_only_their_own_workspace()
    {
        var own = Assert.Single(await dashboard.Server.AssignedWorkspacesAsync(Persona.Email));
        var other = dashboard.Server.Demo.Customers.First(c => c.Id != own);
        var page = await dashboard.SignInAsync(Persona.DisplayName);
        await Expect(page).ToHaveURLAsync(new Regex($"/w/{own}$"));

        await page.GetByLabel("Switch workspace").FillAsync(other.Name()[..4]);
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = other.Name() })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
