using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Tests.Support;

namespace CoroDashboard.Gateway.Tests.Resilience;

public sealed class RetryTests
{
    [Fact]
    public async Task A_get_that_meets_a_passing_failure_is_tried_again()
    {
        await using var harness = GatewayHarness.Create();
        harness.Coro.FailingRoutes["GET /v1/devices"] = 1;

        var page = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task A_get_that_coro_rate_limits_is_tried_again_after_it_says()
    {
        await using var harness = GatewayHarness.Create();
        await harness.Gateway.GetHierarchyAsync(harness.Admin);
        harness.Coro.RateLimitedRoutes["GET /v1/devices"] = 1;

        var page = await harness.Gateway.GetDevicesAsync(harness.Admin, new ListQuery(Dataset.Alpha));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(2, harness.Coro.CallsTo("GET /v1/devices"));
    }

    [Fact]
    public async Task A_post_is_never_sent_twice_by_the_http_client()
    {
        await using var harness = GatewayHarness.Create(settings: gateway => gateway.TokenRetries = 0);
        harness.Coro.TokenFailures = 1;

        var tree = await harness.Gateway.GetHierarchyAsync(harness.Admin);

        Assert.Equal(FetchStatus.Failed, tree.Status);
        Assert.Single(harness.Coro.TokenRequests);
    }
}
