using Bunit;
using CoroDashboard.Web.Features.Overview;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Shell;
using CoroDashboard.Web.Tests.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Overview;

[Collection(DemoCoroCollection.Name)]
public sealed class GlobalOverviewPageTests(SimulatedCoro coro) : DashboardTest(coro)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private IRenderedComponent<GlobalOverviewPage> Open()
    {
        BrowseTo("/");
        Context.Render<MudPopoverProvider>();
        return Context.Render<GlobalOverviewPage>();
    }

    [Fact]
    public void Customers_with_the_most_open_tickets_come_first()
    {
        var page = Open();
        page.WaitForElement(".needs-attention", Patience);

        var openTickets = page.FindAll(".needs-attention tbody tr")
            .Select(row => int.Parse(row.QuerySelectorAll("td")[1].TextContent.Trim()))
            .ToList();

        Assert.NotEmpty(openTickets);
        Assert.Equal(openTickets.OrderDescending(), openTickets);
    }

    [Fact]
    public void A_customer_that_could_not_be_counted_is_named_with_the_reason()
    {
        var unreachable = Coro.Dataset.AncestorRevokedWorkspace!;

        var page = Open();
        page.WaitForElement(".not-counted", Patience);

        var row = page.FindAll(".not-counted tbody tr")
            .Single(r => r.QuerySelector("a")!.GetAttribute("href")
                == WorkspaceRoute.Overview(unreachable.Id));
        Assert.Contains(unreachable.Info.DisplayName!, row.TextContent);
        Assert.Contains("Not connected", row.TextContent);
    }

    [Fact]
    public async Task A_customer_admin_is_sent_to_their_own_workspace()
    {
        SignInAs(DemoPersonas.CustomerAdmin);
        var own = (await AssignedWorkspacesAsync(DemoPersonas.CustomerAdmin)).Single();

        var page = Open();

        page.WaitForAssertion(() => Assert.Equal(WorkspaceRoute.Overview(own), CurrentPath), Patience);
        Assert.Empty(page.FindAll(".needs-attention"));
    }
}
