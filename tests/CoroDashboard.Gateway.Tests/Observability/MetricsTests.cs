using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Observability;
using CoroDashboard.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Gateway.Tests.Observability;

public sealed class MetricsTests
{
    [Fact]
    public async Task Calls_tokens_cache_lookups_and_fan_outs_are_measured()
    {
        await using var harness = GatewayHarness.Create();
        var measured = new ConcurrentQueue<(string Instrument, string Tags)>();
        // Only this harness's meter: other tests running at the same time measure too.
        var meters = harness.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GatewayMetrics.MeterName && instrument.Meter.Scope == meters)
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measured.Enqueue(
            (instrument.Name, string.Join(",", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}")))));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measured.Enqueue(
            (instrument.Name, string.Join(",", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}")))));
        listener.Start();

        harness.Coro.Failing.Add(Dataset.Bravo);
        var everything = new ListQuery(Dataset.Channel, IncludeDescendants: true);
        await harness.Gateway.GetDevicesAsync(harness.Admin, everything);
        await harness.Gateway.GetDevicesAsync(harness.Admin, everything);

        Assert.Contains(("corodashboard.gateway.token_requests", "outcome=ok"), measured);
        Assert.Contains(("corodashboard.gateway.coro_calls", "route=GET /v1/devices,outcome=ok"), measured);
        Assert.Contains(
            ("corodashboard.gateway.coro_calls", "route=GET /v1/devices,outcome=Failed"), measured);
        Assert.Contains(("corodashboard.gateway.cache_lookups", "kind=List,result=miss"), measured);
        Assert.Contains(("corodashboard.gateway.cache_lookups", "kind=List,result=hit"), measured);
        Assert.Contains(measured, entry => entry.Instrument == "corodashboard.gateway.fan_out_duration"
            && entry.Tags.StartsWith("view=devices", StringComparison.Ordinal));
    }
}
