using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Shell;
using CoroDashboard.Web.Tests.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Shell;

[Collection(DemoCoroCollection.Name)]
public sealed class WorkspaceSwitcherTests(SimulatedCoro coro) : DashboardTest(coro)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private (IRenderedComponent<MudPopoverProvider> Popovers,
        IRenderedComponent<WorkspaceSwitcher> Switcher) Open()
    {
        BrowseTo("/");
        var popovers = Context.Render<MudPopoverProvider>();
        return (popovers, Context.Render<WorkspaceSwitcher>());
    }

    private static IReadOnlyList<string> Offered(IRenderedComponent<MudPopoverProvider> popovers) =>
        popovers.FindAll(".mud-list-item").Select(item => item.TextContent).ToList();

    [Fact]
    public void Typing_part_of_a_domain_offers_that_workspace_and_choosing_it_opens_its_overview()
    {
        var customer = Coro.Dataset.Workspaces.First(w =>
            w.Info.Type.Known == WorkspaceType.Child && !w.IsArchived);
        var name = customer.Info.DisplayName!;
        var (popovers, switcher) = Open();

        switcher.Find("input").Input(customer.Info.Domain!.Split('.')[0]);

        popovers.WaitForAssertion(() =>
            Assert.Contains(Offered(popovers), text => text.Contains(name)), Patience);
        popovers.FindAll(".mud-list-item").First(item => item.TextContent.Contains(name)).Click();
        switcher.WaitForAssertion(() =>
            Assert.Equal(WorkspaceRoute.Overview(customer.Id), CurrentPath), Patience);
    }

    [Fact]
    public async Task A_customer_admin_is_offered_only_their_own_workspace()
    {
        SignInAs(DemoPersonas.CustomerAdmin);
        var own = (await AssignedWorkspacesAsync(DemoPersonas.CustomerAdmin)).Single();
        var other = Coro.Dataset.Workspaces.First(w =>
            w.Info.Type.Known == WorkspaceType.Child && w.Id != own);
        var (popovers, switcher) = Open();

        switcher.Find("input").Input(other.Info.DisplayName!);
        popovers.WaitForAssertion(() => Assert.Contains("No workspace matches", popovers.Markup), Patience);

        switcher.Find("input").Input(own);
        popovers.WaitForAssertion(() => Assert.Equal([Coro.Dataset.Find(own)!.Info.DisplayName!],
            Offered(popovers).Select(text => text.Split(own)[0].Trim().Split('\n')[0].Trim())), Patience);
    }

    [Fact]
    public async Task An_exact_id_comes_before_names_that_merely_contain_it()
    {
        var tree = (await AskGatewayAsync(DemoPersonas.MspAdmin, (gateway, user) =>
            gateway.GetHierarchyAsync(user))).Value!;
        var target = tree.Nodes.Values.First(node => node.ParentId is not null);

        var found = WorkspaceSearch.Find(tree, target.Id.ToUpperInvariant());

        Assert.Equal(target.Id, found[0].Id);
    }
}
