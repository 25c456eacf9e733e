using System.ComponentModel;

namespace CoroDashboard.Gateway.Caching;

/// <summary>
/// A cached value and when it was fetched. Marked immutable so the in-process cache hands out
/// the same instance rather than a deserialised copy on every hit: a workspace's device list can
/// hold many thousands of rows, and nothing changes a cached value after it is stored.
/// </summary>
[ImmutableObject(true)]
internal sealed class CacheEntry<T>(T value, DateTimeOffset asOf)
{
    public T Value { get; } = value;

    public DateTimeOffset AsOf { get; } = asOf;
}
