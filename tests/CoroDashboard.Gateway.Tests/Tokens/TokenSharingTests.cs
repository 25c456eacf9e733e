using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Tokens;

public sealed class TokenSharingTests
{
    private static readonly CoroCredential BravoCredential = new()
    {
        Name = "bravo", ClientId = "bravo-client", ClientSecret = "bravo-secret", WorkspaceId = Dataset.Bravo,
    };

    [Fact]
    public async Task Fifty_concurrent_loads_at_expiry_share_one_token_request()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(clock: clock);
        Assert.True((await harness.Gateway.GetDevicesAsync(harness.Admin,
            new ListQuery(Dataset.Alpha))).HasValue);
        harness.Coro.Reset();

        clock.Advance(TimeSpan.FromHours(24));
        var loads = Enumerable.Range(0, 50)
            .Select(_ => harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
                Refresh: true)));
        var pages = await Task.WhenAll(loads);

        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Single(harness.Coro.TokenRequests);
        Assert.Equal(50, harness.Coro.CallsTo("GET /v1/devices"));
        Assert.Single(harness.Coro.Calls.Select(call => call.ClientId).Distinct());
    }

    [Fact]
    public async Task A_failed_token_request_is_shared_by_its_waiters_and_not_kept()
    {
        await using var harness = GatewayHarness.Create(settings: gateway => gateway.TokenRetries = 0);
        harness.Coro.TokenFailures = 1;
        harness.Coro.TokenGate = new TaskCompletionSource();

        var loads = Enumerable.Range(0, 50)
            .Select(_ => harness.Gateway.GetHierarchyAsync(harness.Admin)).ToArray();
        harness.Coro.TokenGate.SetResult();
        var answers = await Task.WhenAll(loads);

        Assert.All(answers, answer => Assert.Equal(FetchStatus.Failed, answer.Status));
        Assert.Contains("channel", answers[0].Error!.Title);
        Assert.Single(harness.Coro.TokenRequests);

        var next = await harness.Gateway.GetHierarchyAsync(harness.Admin);
        Assert.Equal(FetchStatus.Ok, next.Status);
        Assert.Equal(2, harness.Coro.TokenRequests.Count);
    }

    [Fact]
    public async Task Waiters_on_a_failing_token_request_share_one_retry_sequence()
    {
        await using var harness = GatewayHarness.Create(settings: gateway => gateway.TokenRetries = 2);
        harness.Coro.TokenFailures = 1;
        harness.Coro.TokenGate = new TaskCompletionSource();

        var loads = Enumerable.Range(0, 50)
            .Select(_ => harness.Gateway.GetHierarchyAsync(harness.Admin)).ToArray();
        harness.Coro.TokenGate.SetResult();
        var answers = await Task.WhenAll(loads);

        Assert.All(answers, answer => Assert.Equal(FetchStatus.Ok, answer.Status));
        Assert.Equal(2, harness.Coro.TokenRequests.Count);
    }

    [Fact]
    public async Task Two_workspaces_with_their_own_credentials_get_one_token_each()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(
            seed: coro =>
            {
                Dataset.Small(coro);
                coro.AddClient("bravo-client", "bravo-secret", Dataset.Bravo);
            },
            credentials: [Dataset.ChannelCredential, BravoCredential],
            clock: clock);
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        clock.Advance(TimeSpan.FromHours(24));
        harness.Coro.Reset();

        var loads = Enumerable.Range(0, 50).Select(i => harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery(i % 2 == 0 ? Dataset.Alpha : Dataset.Bravo, Refresh: true)));
        var pages = await Task.WhenAll(loads);

        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(["bravo-client", "channel-client"], harness.Coro.TokenRequests.Order());
        Assert.All(harness.Coro.Calls, call => Assert.Equal(
            call.Workspace == Dataset.Bravo ? "bravo-client" : "channel-client", call.ClientId));
    }

    [Fact]
    public async Task Cold_calls_across_twenty_workspaces_under_two_credentials_fetch_two_tokens()
    {
        await using var harness = GatewayHarness.Create(
            seed: coro =>
            {
                coro.Add(Dataset.Channel, null, WorkspaceType.Channel);
                coro.Add("region-east", Dataset.Channel, WorkspaceType.Channel);
                for (var i = 0; i < 20; i++)
                    Dataset.Devices(coro.Add($"ws-{i:D2}", i < 10 ? Dataset.Channel : "region-east"), 3,
                        "3.2.0");
                coro.AddClient("channel-client", "channel-secret", Dataset.Channel);
                coro.AddClient("east-client", "east-secret", "region-east");
            },
            credentials:
            [
                Dataset.ChannelCredential,
                new CoroCredential
                {
                    Name = "east", ClientId = "east-client", ClientSecret = "east-secret",
                        WorkspaceId = "region-east",
                },
            ]);

        var calls = Enumerable.Range(0, 200).Select(i => harness.Gateway.GetDevicesAsync(
            harness.Admin, new ListQuery($"ws-{i % 20:D2}")));
        var pages = await Task.WhenAll(calls);

        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(["channel-client", "east-client"], harness.Coro.TokenRequests.Order());
        Assert.Empty(harness.Coro.Violations);
        var deviceCalls = harness.Coro.Calls.Where(call => call.Route == "GET /v1/devices").ToArray();
        Assert.Equal(20, deviceCalls.Length);
        Assert.All(deviceCalls, call => Assert.Equal(
            int.Parse(call.Workspace![3..]) < 10 ? "channel-client" : "east-client", call.ClientId));
    }

    [Fact]
    public void A_credential_never_prints_its_secret()
    {
        var text = Dataset.ChannelCredential.ToString();

        Assert.DoesNotContain("channel-secret", text);
        Assert.Contains("channel", text);
    }
}
