using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoroDashboard.Gateway.Observability;

/// <summary>The gateway's instruments, on the meter <see cref="MeterName"/>.</summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "CoroDashboard.Gateway";

    private readonly Counter<long> _coroCalls;
    private readonly Counter<long> _tokenRequests;
    private readonly Counter<long> _cacheLookups;
    private readonly Histogram<double> _fanOutDuration;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _coroCalls = meter.CreateCounter<long>(
            "corodashboard.gateway.coro_calls", "{call}", "Calls to Coro by route and outcome");
        _tokenRequests = meter.CreateCounter<long>(
            "corodashboard.gateway.token_requests", "{request}", "Token requests by outcome");
        _cacheLookups = meter.CreateCounter<long>(
            "corodashboard.gateway.cache_lookups", "{lookup}", "Response cache lookups by kind and result");
        _fanOutDuration = meter.CreateHistogram<double>(
            "corodashboard.gateway.fan_out_duration", "s", "Time to fetch one view over many workspaces");
    }

    public void CoroCall(string route, string outcome) =>
        _coroCalls.Add(1, new TagList { { "route", route }, { "outcome", outcome } });

    public void TokenRequest(string outcome) => _tokenRequests.Add(1, new TagList { { "outcome", outcome } });

    public void CacheLookup(string kind, bool hit) =>
        _cacheLookups.Add(1, new TagList { { "kind", kind }, { "result", hit ? "hit" : "miss" } });

    public void FanOut(string view, TimeSpan duration, int workspaces) =>
        _fanOutDuration.Record(
            duration.TotalSeconds, new TagList { { "view", view }, { "workspaces", Bucket(workspaces) } });

    // A bounded set of tag values keeps the histogram's cardinality small.
    private static string Bucket(int workspaces) => workspaces switch
    {
        <= 1 => "1",
        <= 10 => "2-10",
        <= 100 => "11-100",
        _ => "100+",
    };
}
