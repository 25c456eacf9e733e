using System.Collections.Concurrent;
using CoroDashboard.Gateway.Calls;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Observability;
using CoroDashboard.Gateway.Results;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Caching;

/// <summary>
/// Answers from Coro, cached per workspace with a lifetime per kind. Concurrent misses for one key
/// share one fetch. Failures are never cached: when Coro fails, the last good value (kept for
/// <see cref="GatewaySettings.StaleFor"/>, apart from the freshness lifetime) comes back marked
/// stale with the error, else the error alone. Coro refusing a workspace to its credential (not
/// connected) is remembered for the entry's lifetime like a value, since asking again changes nothing.
/// </summary>
internal sealed class ResponseCache(
    HybridCache cache,
    TimeProvider clock,
    IOptionsMonitor<CoroGatewayOptions> options,
    GatewayMetrics metrics,
    ILogger<ResponseCache> logger)
{
    private readonly ConcurrentDictionary<string, LastGood> _lastGood = new();
    private readonly ConcurrentDictionary<string, long> _generations = new();

    public async Task<Fetched<T>> GetAsync<T>(
        CacheKey key,
        bool refresh,
        Func<CancellationToken, Task<CallOutcome<T>>> fetch,
        CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.CurrentValue.Gateway;
        var lifetime = key.Lifetime(settings.Lifetimes);
        var text = StorageKey(key);

        if (!refresh)
        {
            var cached = await ReadThroughAsync(key, text, lifetime, fetch, cancellationToken)
                .ConfigureAwait(false);
            if (cached.Entry is { } entry && clock.GetUtcNow() - entry.AsOf < lifetime)
                return Answer(entry);
            if (cached.Failure is { } failure)
                return Fallback(key, failure);
        }

        var outcome = await fetch(cancellationToken).ConfigureAwait(false);
        if (!outcome.IsOk && outcome.Status != FetchStatus.NotConnected)
            return Fallback(key, outcome);
        var fresh = outcome.IsOk ? Remember(key, outcome.Value!, outcome.AsOf) : Refused(outcome);
        await cache.SetAsync(text, fresh, EntryOptions(lifetime), [key.Tag], cancellationToken)
            .ConfigureAwait(false);
        return Answer(fresh);
    }

    /// <summary>Drops every entry of one workspace; other workspaces keep theirs.</summary>
    public async Task InvalidateAsync(string workspaceId, CancellationToken cancellationToken)
    {
        _generations.AddOrUpdate(workspaceId, 1, (_, generation) => generation + 1);
        await cache.RemoveByTagAsync(CacheKey.WorkspaceTag(workspaceId), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<(CacheEntry<T>? Entry, CallOutcome<T>? Failure)> ReadThroughAsync<T>(
        CacheKey key,
        string text,
        TimeSpan lifetime,
        Func<CancellationToken, Task<CallOutcome<T>>> fetch,
        CancellationToken cancellationToken)
        where T : class
    {
        var missed = false;
        try
        {
            var entry = await cache.GetOrCreateAsync(
                text,
                async token =>
                {
                    missed = true;
                    var outcome = await fetch(token).ConfigureAwait(false);
                    return outcome.IsOk ? Remember(key, outcome.Value!, outcome.AsOf)
                        : outcome.Status == FetchStatus.NotConnected ? Refused(outcome)
                        : throw new FetchFailed<T>(outcome);
                },
                EntryOptions(lifetime),
                [key.Tag],
                cancellationToken).ConfigureAwait(false);
            Count(key, text, hit: !missed);
            return (entry, null);
        }
        catch (FetchFailed<T> failed)
        {
            Count(key, text, hit: false);
            return (null, failed.Outcome);
        }
    }

    private CacheEntry<T> Remember<T>(CacheKey key, T value, DateTimeOffset? asOf)
    {
        var entry = new CacheEntry<T>(value, asOf ?? clock.GetUtcNow());
        _lastGood[key.ToString()] = new LastGood(entry, entry.AsOf);
        return entry;
    }

    private CacheEntry<T> Refused<T>(CallOutcome<T> refusal) =>
        new(default!, clock.GetUtcNow(),
            refusal.Error ?? new GatewayError("Coro refused this workspace", []));

    private static Fetched<T> Answer<T>(CacheEntry<T> entry) =>
        entry.Refusal is { } refusal
            ? Fetched<T>.Problem(FetchStatus.NotConnected, refusal)
            : Fetched<T>.Ok(entry.Value, entry.AsOf);

    private Fetched<T> Fallback<T>(CacheKey key, CallOutcome<T> failure)
    {
        var error = failure.Error ?? new GatewayError("Coro failed", []);
        if (failure.Status == FetchStatus.Stale && failure.Value is { } partial)
            return Fetched<T>.Stale(partial, failure.AsOf ?? clock.GetUtcNow(), error);

        var name = key.ToString();
        if (failure.Status is FetchStatus.Failed or FetchStatus.TimedOut
            && _lastGood.TryGetValue(name, out var last)
            && last.Entry is CacheEntry<T> entry)
        {
            if (clock.GetUtcNow() - last.AsOf <= options.CurrentValue.Gateway.StaleFor)
            {
                logger.CacheStale(name, entry.AsOf, error.Title);
                return Fetched<T>.Stale(entry.Value, entry.AsOf, error);
            }
            _lastGood.TryRemove(name, out _);
        }
        return Fetched<T>.Problem(failure.Status, error);
    }

    private void Count(CacheKey key, string text, bool hit)
    {
        metrics.CacheLookup(key.Kind.ToString(), hit);
        if (hit)
            logger.CacheHit(text);
        else
            logger.CacheMiss(text);
    }

    // The generation changes when a workspace is invalidated, so an entry stored before that can
    // never be read again even if removing it by tag has not reached it yet.
    private string StorageKey(CacheKey key) =>
        $"{key}:{_generations.GetValueOrDefault(key.WorkspaceId)}";

    private static HybridCacheEntryOptions EntryOptions(TimeSpan lifetime) =>
        new() { Expiration = lifetime, LocalCacheExpiration = lifetime };

    private sealed record LastGood(object Entry, DateTimeOffset AsOf);

    private sealed class FetchFailed<T>(CallOutcome<T> outcome) : Exception("Coro did not answer.")
    {
        public CallOutcome<T> Outcome { get; } = outcome;
    }
}
