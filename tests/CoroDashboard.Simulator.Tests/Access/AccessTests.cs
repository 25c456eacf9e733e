using System.Net;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Access;

[Collection(DemoCollection.Name)]
public sealed class AccessTests(DemoSimulatorFixture demo)
{
    private RunningSimulator Simulator => demo.Simulator;

    private SimulatorCredential CustomerCredential(int which) => Simulator.Credentials
        .Where(c => Simulator.Dataset.Find(c.WorkspaceId)!.Info.Type.Known == WorkspaceType.Child)
        .ElementAt(which);

    [Fact]
    public async Task Customer_credential_reaches_its_own_workspace()
    {
        using var raw = new RawApi(Simulator);
        var credential = CustomerCredential(0);
        var token = await raw.TokenAsync(credential);

        using var response = await raw.GetAsync("/v1/devices", credential.WorkspaceId, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Customer_credential_cannot_open_a_sibling_workspace()
    {
        using var raw = new RawApi(Simulator);
        var token = await raw.TokenAsync(CustomerCredential(0));

        using var response = await raw.GetAsync("/v1/devices", CustomerCredential(1).WorkspaceId, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Customer_credential_cannot_open_its_parent_channel()
    {
        using var raw = new RawApi(Simulator);
        var credential = CustomerCredential(0);
        var token = await raw.TokenAsync(credential);
        var parent = Simulator.Dataset.Find(credential.WorkspaceId)!.Info.ParentWorkspaceId!;

        using var response = await raw.GetAsync("/v1/workspaces", parent, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Root_credential_reaches_every_workspace_except_the_revoked_one()
    {
        using var raw = new RawApi(Simulator);
        var token = await raw.TokenAsync(Simulator.Credentials.Single(c => c.WorkspaceId == Simulator.Dataset.Root.Id));
        var revoked = Simulator.Dataset.AncestorRevokedWorkspace!;

        foreach (var workspace in Simulator.Dataset.Workspaces)
        {
            using var response = await raw.GetAsync("/v1/tickets/summary/emails", workspace.Id, token);
            var expected = workspace == revoked ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(expected == response.StatusCode, $"{workspace.Id} answered {response.StatusCode}");
        }
    }

    [Fact]
    public void Revoked_workspace_has_no_credential_of_its_own_in_the_default_dataset()
    {
        var revoked = Simulator.Dataset.AncestorRevokedWorkspace!;

        Assert.Equal(WorkspaceType.Child, revoked.Info.Type.Known);
        Assert.DoesNotContain(Simulator.Credentials, c => c.WorkspaceId == revoked.Id);
    }

    [Fact]
    public async Task Sub_channel_credential_reaches_its_customers_but_not_the_root()
    {
        using var raw = new RawApi(Simulator);
        var channel = Simulator.Credentials.Single(c =>
            c.WorkspaceId != Simulator.Dataset.Root.Id
            && Simulator.Dataset.Find(c.WorkspaceId)!.Info.Type.Known == WorkspaceType.Channel);
        var token = await raw.TokenAsync(channel);
        var below = Simulator.Dataset.ChildrenOf(channel.WorkspaceId)[0];

        using var own = await raw.GetAsync("/v1/workspaces", channel.WorkspaceId, token);
        using var child = await raw.GetAsync("/v1/users", below, token);
        using var root = await raw.GetAsync("/v1/workspaces", Simulator.Dataset.Root.Id, token);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, child.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, root.StatusCode);
    }

    [Fact]
    public async Task Unknown_workspace_is_forbidden_not_missing()
    {
        using var raw = new RawApi(Simulator);
        var token = await raw.TokenAsync(Simulator.Credentials[0]);

        using var response = await raw.GetAsync("/v1/devices", "nosuchworkspace_AAAA_a", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
