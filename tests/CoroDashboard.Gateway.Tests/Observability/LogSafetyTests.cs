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

    [Fact]
    public async Task A_workspace_id_from_a_url_cannot_write_a_log_line_of_its_own()
    {
        await using var harness = GatewayHarness.Create();
        var customer = harness.Scopes.Person("customer", Gateway.Access.AccessScope.Subtree(Dataset.Alpha));
        const string forged = "ws-x\ninfo: CoroDashboard[1001] FORGED";

        var answer = await harness.Gateway.GetOverviewAsync(customer, forged);

        Assert.Equal(Gateway.Results.FetchStatus.Forbidden, answer.Status);
        var denied = Assert.Single(harness.Logs.Entries, entry => entry.Event.Name == "AccessDenied");
        Assert.DoesNotContain('\n', denied.Text);
        Assert.Contains("ws-x\\u000ainfo", denied.Text);
    }
}
