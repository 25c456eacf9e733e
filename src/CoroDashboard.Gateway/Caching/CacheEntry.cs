using System.ComponentModel;
using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Caching;

/// <summary>
/// A cached value and when it was fetched. Marked immutable so the in-process cache hands out
/// the same instance rather than a deserialised copy on every hit: a workspace's device list can
/// hold many thousands of rows, and nothing changes a cached value after it is stored.
/// </summary>
[ImmutableObject(true)]
internal sealed class CacheEntry<T>(T value, DateTimeOffset asOf, GatewayError? refusal = null)
{
    public T Value { get; } = value;

    public DateTimeOffset AsOf { get; } = asOf;

    /// <summary>
    /// Set when Coro refused the workspace to its credential (not connected). That is a fact about
    /// access rather than a passing failure, so it is kept like a value: otherwise every view over
    /// many workspaces would ask Coro again for each refused one.
    /// </summary>
    public GatewayError? Refusal { get; } = refusal;
}
