using System.Collections.Concurrent;

namespace CoroDashboard.Simulator;

/// <summary>
/// What the simulator has served since start or the last reset: requests per route template
/// ("GET /v1/tickets/{id}"), requests per Workspace header, tokens issued, and faults injected per
/// kind. The same numbers as <c>GET /_sim/stats</c>.
/// </summary>
public sealed class SimulatorStats
{
    private readonly ConcurrentDictionary<string, long> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _byWorkspace = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _faults = new(StringComparer.Ordinal);
    private long _tokensIssued;

    /// <summary>Raised with the route template as each API request arrives, before any fault.</summary>
    public event Action<string>? RequestReceived;

    /// <summary>Raised with the fault kind as a fault is injected (a hang: as it starts hanging).</summary>
    public event Action<string>? FaultInjected;

    public IReadOnlyDictionary<string, long> Requests => Snapshot(_requests);

    public IReadOnlyDictionary<string, long> ByWorkspace => Snapshot(_byWorkspace);

    /// <summary>Faults injected, by kind: error, rateLimit, tokenOutage, malformedJson, unknownEnum, latency, workspace:hang...</summary>
    public IReadOnlyDictionary<string, long> Faults => Snapshot(_faults);

    public long TokensIssued => Interlocked.Read(ref _tokensIssued);

    /// <summary>Requests counted for one route template, e.g. "GET /v1/devices"; 0 when none.</summary>
    public long RequestsFor(string routeTemplate) => _requests.GetValueOrDefault(routeTemplate);

    public long RequestsForWorkspace(string workspaceId) => _byWorkspace.GetValueOrDefault(workspaceId);

    public long FaultsOf(string kind) => _faults.GetValueOrDefault(kind);

    /// <summary>The sum of all requests counted.</summary>
    public long TotalRequests => _requests.Values.Sum();

    public void Reset()
    {
        _requests.Clear();
        _byWorkspace.Clear();
        _faults.Clear();
        Interlocked.Exchange(ref _tokensIssued, 0);
    }

    internal void CountRequest(string routeTemplate, string? workspaceId)
    {
        _requests.AddOrUpdate(routeTemplate, 1, (_, n) => n + 1);
        if (!string.IsNullOrEmpty(workspaceId))
            _byWorkspace.AddOrUpdate(workspaceId, 1, (_, n) => n + 1);
        RequestReceived?.Invoke(routeTemplate);
    }

    internal void CountFault(string kind)
    {
        _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);
        FaultInjected?.Invoke(kind);
    }

    internal void CountToken() => Interlocked.Increment(ref _tokensIssued);

    private static Dictionary<string, long> Snapshot(ConcurrentDictionary<string, long> counts) =>
        new(counts.OrderBy(pair => pair.Key, StringComparer.Ordinal), StringComparer.Ordinal);
}
