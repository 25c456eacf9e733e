using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Tests.Support;

namespace CoroDashboard.Gateway.Tests.Observability;

public sealed class LogSafetyTests
{
    [Fact]
    public async Task Token_and_call_failures_are_logged_without_the_secret_or_any_token()
    {
        await using var harness = GatewayHarness.Create(settings: gateway => gateway.TokenRetries = 1);
        harness.Coro.TokenFailures = 1;
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.Unauthorized = 1;
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));
        harness.Coro.Failing.Add(Dataset.Bravo);
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));

        var events = harness.Logs.Entries.Select(entry => entry.Event.Name).ToHashSet();
        string?[] expected = ["TokenFailed", "TokenRejected", "TokenFetched", "CoroCallFailed"];
        Assert.Superset(expected.ToHashSet(), events);
        Assert.DoesNotContain(harness.Logs.Entries, entry =>
            entry.Text.Contains("channel-secret") || entry.Text.Contains("token-channel-client"));
    }
}
