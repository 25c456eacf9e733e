using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Lists;

/// <summary>
/// The demo's archived customer: left out of lists over a channel and all below it, as the
/// overview's totals leave it out, and still listed when it is asked for by itself.
/// </summary>
public sealed class ArchivedCustomerTests
{
    [Fact]
    public async Task Lists_over_the_channel_leave_the_archived_customer_out()
    {
        await using var rig = await SimulatorGateway.StartAsync(new FakeTimeProvider(), (_, _) => true);
        var dataset = rig.Simulator.Dataset;
        var archived = dataset.ArchivedWorkspace!;
        Assert.NotEmpty(archived.Devices);

        var all = await rig.Gateway.GetDevicesAsync(
            rig.Admin, new ListQuery(dataset.Root.Id, IncludeDescendants: true, PageSize: 500));
        var askedForArchived = rig.Simulator.Stats.RequestsForWorkspace(archived.Id);
        var own = await rig.Gateway.GetDevicesAsync(rig.Admin, new ListQuery(archived.Id, PageSize: 500));

        Assert.Equal(FetchStatus.Ok, all.Status);
        Assert.DoesNotContain(all.Value!.Parts, part => part.WorkspaceId == archived.Id);
        Assert.Equal(0, askedForArchived);
        Assert.Equal(archived.Devices.Count, own.Value!.TotalCount);
    }
}
