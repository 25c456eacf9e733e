using Bunit;
using CoroDashboard.Gateway.Workspaces;
using CoroDashboard.Web.Features.Overview;
using CoroDashboard.Web.Shell;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Access;

/// <summary>
/// A customer admin (ws-bravo) on the circuit, over the real gateway: another workspace reached
/// by changing the page's parameter, as a crafted circuit message or a stale link would, shows
/// the forbidden state and none of that workspace's data; the switcher and its search only ever
/// offer workspaces in scope.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CustomerScopeTests(DashboardFactory app)
{
    [Fact]
    public async Task Another_workspace_given_to_the_overview_page_shows_forbidden_and_no_data()
    {
        await using var context = new AppComponentContext(app, TestPersona.CustomerAdmin.CreatePrincipal());
        var page = context.RenderPage<WorkspaceOverviewPage>(p => p.Add(x => x.WorkspaceId, "ws-bravo"));
        page.WaitForAssertion(() => Assert.Contains("Bravo Logistics", page.Find("h1").TextContent));
        Assert.Empty(page.FindAll("[data-fetch-status=Forbidden]"));

        page.Render(p => p.Add(x => x.WorkspaceId, "ws-alpha"));

        page.WaitForElement("[data-fetch-status=Forbidden]");
        Assert.DoesNotContain("Alpha Dental", page.Markup);
        Assert.DoesNotContain("Bravo Logistics", page.Markup);
    }

    [Theory]
    [InlineData("ws-root")]
    [InlineData("ws-unknown")]
    public async Task The_channel_and_unknown_ids_are_refused_alike(string workspace)
    {
        await using var context = new AppComponentContext(app, TestPersona.CustomerAdmin.CreatePrincipal());
        var page = context.RenderPage<WorkspaceOverviewPage>(p => p.Add(x => x.WorkspaceId, workspace));

        page.WaitForElement("[data-fetch-status=Forbidden]");
        Assert.DoesNotContain("Tiny MSP", page.Markup);
    }

    [Theory]
    [InlineData("")]
    [InlineData("alpha")]
    [InlineData("ws-")]
    [InlineData("Tiny")]
    public async Task The_switcher_offers_only_the_customers_own_workspace(string typed)
    {
        await using var context = new AppComponentContext(app, TestPersona.CustomerAdmin.CreatePrincipal());
        var switcher = context.RenderPage<WorkspaceSwitcher>();
        var box = switcher.FindComponent<MudAutocomplete<WorkspaceNode>>();

        var offered = await switcher.InvokeAsync(
            () => box.Instance.SearchFunc!(typed, CancellationToken.None)!);

        Assert.All(offered, node => Assert.Equal("ws-bravo", node.Id));
        if (typed is "" or "ws-")
            Assert.Single(offered);
    }

    [Fact]
    public async Task A_technician_is_offered_exactly_their_assigned_customers()
    {
        await using var context = new AppComponentContext(app, TestPersona.Technician.CreatePrincipal());
        var switcher = context.RenderPage<WorkspaceSwitcher>();
        var box = switcher.FindComponent<MudAutocomplete<WorkspaceNode>>();

        var offered = await switcher.InvokeAsync(
            () => box.Instance.SearchFunc!("", CancellationToken.None)!);

        Assert.Equal(["ws-alpha", "ws-bravo"], offered.Select(n => n.Id).Order());
    }

    [Fact]
    public async Task The_navigation_hides_the_settings_from_all_but_msp_admins()
    {
        TestPersona[] personas = [TestPersona.MspAdmin, TestPersona.Technician, TestPersona.CustomerAdmin];
        foreach (var persona in personas)
        {
            await using var context = new AppComponentContext(app, persona.CreatePrincipal());
            context.Services.GetRequiredService<NavigationManager>().NavigateTo("/w/ws-bravo");
            var nav = context.RenderPage<NavMenu>();

            nav.WaitForAssertion(() => Assert.Equal(persona == TestPersona.MspAdmin,
                nav.FindAll("a[href='/settings/access']").Count == 1));
        }
    }
}
