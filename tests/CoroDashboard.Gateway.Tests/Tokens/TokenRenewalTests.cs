using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoroDashboard.Gateway.Tests.Tokens;

public sealed class TokenRenewalTests
{
    [Fact]
    public async Task A_rejected_token_is_replaced_once_and_the_call_retried()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(
            clock: clock, settings: gateway => gateway.Lifetimes.Hierarchy = TimeSpan.FromHours(2));
        harness.Coro.ExpiresInSeconds = 3600;
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));
        harness.Coro.Reset();

        // The gateway's clock runs five minutes behind Coro's: at 53 minutes here Coro has
        // already retired the token.
        clock.Advance(TimeSpan.FromMinutes(53));
        harness.Coro.RevokeTokens();
        var page = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha,
            Refresh: true));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(12, page.Value!.TotalCount);
        Assert.Single(harness.Coro.TokenRequests);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task A_second_rejection_is_an_error_and_not_a_loop()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.Reset();
        harness.Coro.Unauthorized = 5;

        var page = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Failed, page.Status);
        Assert.Equal(401, page.Error!.HttpStatus);
        Assert.Equal("t-401", page.Error.TraceId);
        Assert.Single(harness.Coro.TokenRequests);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task A_token_is_renewed_shortly_before_it_expires()
    {
        var clock = new FakeTimeProvider();
        await using var harness = GatewayHarness.Create(clock: clock);
        harness.Coro.ExpiresInSeconds = 3600;
        await harness.Gateway.GetHierarchyAsync(harness.Admin);

        clock.Advance(TimeSpan.FromMinutes(53));
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));
        Assert.Single(harness.Coro.TokenRequests);

        // Six minutes (a tenth of the hour, more than five minutes) before expiry it is renewed.
        clock.Advance(TimeSpan.FromMinutes(2));
        await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Bravo));
        Assert.Equal(2, harness.Coro.TokenRequests.Count);
    }
}
