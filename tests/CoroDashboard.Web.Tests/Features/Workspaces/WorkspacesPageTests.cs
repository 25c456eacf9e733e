using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Web.Features.Workspaces;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Workspaces;

[Collection(DemoCoroCollection.Name)]
public sealed class WorkspacesPageTests(SimulatedCoro coro) : DashboardTest(coro)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private IRenderedComponent<WorkspacesPage> Open(string query = "")
    {
        BrowseTo("/workspaces" + query);
        Context.Render<MudPopoverProvider>();
        var page = Context.Render<WorkspacesPage>();
        page.WaitForElement("tr.workspace-row", Patience);
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<WorkspacesPage> page, string workspaceId) =>
        page.Find($"tr[data-workspace-id='{workspaceId}']");

    private static IReadOnlyList<string> RowIds(IRenderedComponent<WorkspacesPage> page) =>
        page.FindAll("tr.workspace-row").Select(row => row.GetAttribute("data-workspace-id")!).ToList();

    [Fact]
    public void The_channel_shows_how_many_workspaces_lie_below_it()
    {
        var page = Open();

        var root = Coro.Dataset.Root.Id;
        var below = Row(page, root).QuerySelectorAll("td")[2].TextContent.Trim();
        Assert.Equal((Coro.Dataset.Subtree(root).Count - 1).ToString(), below);
    }

    [Fact]
    public void Collapsing_a_branch_hides_it_and_expanding_brings_it_back()
    {
        var page = Open();
        var root = Coro.Dataset.Root.Id;
        var child = Coro.Dataset.ChildrenOf(root)[0];
        Assert.Contains(child, RowIds(page));

        Row(page, root).QuerySelector("button[aria-expanded='true']")!.Click();
        page.WaitForAssertion(() => Assert.Equal([root], RowIds(page)), Patience);

        Row(page, root).QuerySelector("button[aria-expanded='false']")!.Click();
        page.WaitForAssertion(() => Assert.Contains(child, RowIds(page)), Patience);
    }

    [Fact]
    public void A_search_by_domain_finds_the_customer_and_keeps_its_ancestors_for_context()
    {
        var customer = Coro.Dataset.Workspaces.First(w =>
            w.Info.Type.Known == WorkspaceType.Child && !w.IsArchived
            && w.Info.ParentWorkspaceId != Coro.Dataset.Root.Id);
        var domain = customer.Info.Domain!;

        var page = Open("?q=" + Uri.EscapeDataString(domain.ToUpperInvariant()));

        Assert.Equal([Coro.Dataset.Root.Id, customer.Info.ParentWorkspaceId!, customer.Id], RowIds(page));
        Assert.Contains("context-row", Row(page, customer.Info.ParentWorkspaceId!).ClassName);
        Assert.DoesNotContain("context-row", Row(page, customer.Id).ClassName);
    }

    [Fact]
    public void Archived_workspaces_stay_hidden_by_default()
    {
        Assert.DoesNotContain(Coro.Dataset.ArchivedWorkspace!.Id, RowIds(Open("?view=list")));
    }

    [Fact]
    public void Archived_workspaces_show_when_asked_for()
    {
        Assert.Equal([Coro.Dataset.ArchivedWorkspace!.Id], RowIds(Open("?view=list&status=archived")));
    }

    [Fact]
    public void Counts_fill_in_per_row_and_a_workspace_without_credential_says_why()
    {
        var customer = Coro.Dataset.Workspaces.First(w =>
            w.Info.Type.Known == WorkspaceType.Child && !w.IsArchived && !w.AncestorAccessRevoked
            && w.Devices.Count > 0);
        var unreachable = Coro.Dataset.AncestorRevokedWorkspace!.Id;

        var page = Open("?view=list");

        page.WaitForAssertion(() =>
            Assert.Equal(customer.Devices.Count.ToString(),
                Row(page, customer.Id).QuerySelectorAll("td")[3].ChildNodes[0].TextContent.Trim()),
            Patience);
        page.WaitForAssertion(() =>
            Assert.Contains("Not connected",
                Row(page, unreachable).QuerySelector(".count-problem")!.TextContent),
            Patience);
    }

    [Fact]
    public async Task A_technician_sees_only_the_customers_assigned_to_them()
    {
        SignInAs(DemoPersonas.Technician);
        var assigned = await AssignedWorkspacesAsync(DemoPersonas.Technician);

        var page = Open("?view=list");

        Assert.Equal(assigned.Order(), RowIds(page).Order());
    }
}
