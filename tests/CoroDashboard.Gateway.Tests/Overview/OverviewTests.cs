using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;

namespace CoroDashboard.Gateway.Tests.Overview;

public sealed class OverviewTests
{
    [Fact]
    public async Task A_failing_component_shows_its_own_error_and_the_others_still_show()
    {
        await using var harness = GatewayHarness.Create();
        harness.Coro.FailingRoutes["GET /v1/tickets/summary/devices"] = 100;

        var overview = await harness.Gateway.GetOverviewAsync(harness.Admin, Dataset.Alpha);

        Assert.Equal(FetchStatus.Ok, overview.Status);
        var components = overview.Value!.Components.ToDictionary(component => component.Component);
        Assert.Equal(5, components.Count);
        Assert.NotNull(components[TicketSummaryComponent.Devices].Error);
        Assert.Equal(1, components[TicketSummaryComponent.Emails].OpenTickets);
        Assert.Null(components[TicketSummaryComponent.Emails].Error);
        Assert.Equal(["coroEssentials"], overview.Value.Subscription!.Bundles.Select(bundle => bundle.Value));
        Assert.Equal(Dataset.Alpha, overview.Value.Usage!.WorkspaceId);
        Assert.Equal("Name of ws-alpha", overview.Value.Workspace.Name);
    }

    [Fact]
    public async Task The_global_overview_puts_the_customers_with_most_open_tickets_first()
    {
        await using var harness = GatewayHarness.Create();
        harness.Coro.Workspaces[Dataset.Charlie].Tickets.Add(new Ticket { Id = "extra-1" });
        harness.Coro.Workspaces[Dataset.Charlie].Tickets.Add(new Ticket { Id = "extra-2" });
        harness.Coro.Failing.Add(Dataset.Delta);

        var overview = await harness.Gateway.GetGlobalOverviewAsync(harness.Admin);

        Assert.Equal(FetchStatus.Ok, overview.Status);
        Assert.Equal(Dataset.Charlie, overview.Value!.NeedsAttention[0].Workspace.Id);
        Assert.Equal(3, overview.Value.NeedsAttention[0].OpenTickets);
        Assert.Equal(5, overview.Value.OpenTickets);
        Assert.Equal(20, overview.Value.Devices);
        Assert.Equal(Dataset.Delta, Assert.Single(overview.Value.Failed).WorkspaceId);
    }
}
