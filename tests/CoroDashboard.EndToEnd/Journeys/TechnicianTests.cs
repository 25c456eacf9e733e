using CoroDashboard.EndToEnd.Support;
using CoroDashboard.Web.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoroDashboard.EndToEnd.Journeys;

/// <summary>An MSP technician sees exactly the customers assigned to them.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TechnicianTests(DashboardFixture dashboard)
{
    private static readonly DemoPersona Persona = DemoPersonas.Technician;

    [Fact]
    public async Task Technician_sees_exactly_their_assigned_customers()
    {
        var assigned = await dashboard.Server.AssignedWorkspacesAsync(Persona.Email);
        var expected = assigned.Select(id => dashboard.Server.Demo.Workspace(id).Name()).Order().ToArray();
        Assert.NotEmpty(expected);
        var page = await dashboard.SignInAsync(Persona.DisplayName, "/workspaces?view=list");

        var links = page.Locator("tbody").GetByRole(AriaRole.Link);
        await Expect(links).ToHaveCountAsync(expected.Length);
        var shown = (await links.AllInnerTextsAsync()).Select(text => text.Trim()).Order().ToArray();
        Assert.Equal(expected, shown);
        await Screenshots.TakeAsync(page, "technician-workspaces");

        var other = dashboard.Server.Demo.Customers.First(c => !assigned.Contains(c.Id));
        await page.GotoAsync($"w/{other.Id}");
        await Expect(page.Locator("[data-fetch-status=Forbidden]").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
