using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Users;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Users;

/// <summary>The protected user pages over the real gateway and the demo simulator.</summary>
[Collection(SimulatedCoroCollection.Name)]
public sealed class UserPagesTests : ListContext
{
    private readonly SimulatedCoro _coro;
    private readonly CountingGateway _gateway;

    public UserPagesTests(SimulatedCoro coro)
    {
        _coro = coro;
        _ = coro.Admin;
        _gateway = new CountingGateway(coro.NewGateway());
        UseGateway(_gateway);
    }

    private static string[] WorkspaceLinks(IRenderedComponent<AllUsersPage> page) =>
        [.. page.FindAll("tbody td a[href^='/w/']").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public void The_list_of_all_customers_starts_at_the_top_workspace_and_links_rows_to_their_workspace()
    {
        OpenAt("/users");
        var page = RenderList<AllUsersPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(WorkspaceLinks(page)));
        var query = Assert.Single(_gateway.Lists);
        Assert.Equal((_coro.RootId, true, 0), (query.WorkspaceId, query.IncludeDescendants, query.Page));
        Assert.Equal(["GetHierarchyAsync", "GetUsersAsync"], _gateway.Calls);
        Assert.True(WorkspaceLinks(page).Distinct().Count() > 1);
        Assert.Contains(page.FindAll("thead th"), th => th.TextContent.Contains("Workspace"));
    }

    [Fact]
    public void Someone_granted_two_separate_customers_picks_which_one_the_list_shows()
    {
        var customers = _coro.Simulator.Dataset.Workspaces
            .Where(w => w.Info.Type.Known == WorkspaceType.Child && w.Users.Count > 0)
            .Select(w => w.Info.Id).Take(2).ToArray();
        _coro.Person("technician", new AccessScope(
            customers.ToHashSet(), new HashSet<string>(), new HashSet<string>(), ReadOnly: false));
        AddAuthorization().SetAuthorized("technician");
        OpenAt("/users");
        var page = RenderList<AllUsersPage>();
        page.WaitForAssertion(() => Assert.Single(_gateway.Lists));
        var first = _gateway.Lists[0].WorkspaceId;
        Assert.Contains(first, customers);

        var other = customers.Single(id => id != first);
        OpenAt($"/users?root={other}");
        page.Render();

        page.WaitForAssertion(() => Assert.Equal(2, _gateway.Lists.Count));
        Assert.Equal(other, _gateway.Lists[1].WorkspaceId);
    }

    [Fact]
    public void Filtering_protected_users_of_one_workspace_shows_only_protected_ones()
    {
        var workspace = _coro.Simulator.Dataset.Workspaces
            .First(w => w.Users.Count(u => u.IsProtected) > 0 && w.Users.Any(u => !u.IsProtected)).Info.Id;
        OpenAt($"/w/{workspace}/users");
        var page = RenderList<WorkspaceUsersPage>(p => p.Add(g => g.WorkspaceId, workspace));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody a[data-item]")));

        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Protection");
        page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("protectable"));

        page.WaitForAssertion(() => Assert.Equal(2, _gateway.Lists.Count));
        Assert.Equal("protectable", _gateway.Lists[1].Filters![ListFilters.Protection]);
        page.WaitForAssertion(() => Assert.All(page.FindAll("tbody tr"),
            row => Assert.Contains("Not protected", row.TextContent)));
        Assert.DoesNotContain(page.FindAll("thead th"), th => th.TextContent.Contains("Workspace"));
    }

    [Fact]
    public void Including_sub_workspaces_comes_from_the_url()
    {
        OpenAt($"/w/{_coro.RootId}/users?descendants=true");
        var page = RenderList<WorkspaceUsersPage>(p => p.Add(g => g.WorkspaceId, _coro.RootId));

        page.WaitForAssertion(() => Assert.Single(_gateway.Lists));
        Assert.True(_gateway.Lists[0].IncludeDescendants);
    }
}
