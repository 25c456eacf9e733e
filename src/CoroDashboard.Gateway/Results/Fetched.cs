namespace CoroDashboard.Gateway.Results;

/// <summary>How a gateway answer came about.</summary>
public enum FetchStatus
{
    /// <summary>Fresh data (from Coro or from a cache entry still within its lifetime).</summary>
    Ok,
    /// <summary>Coro failed; <see cref="Fetched{T}.Value"/> is the last good value, with the error.</summary>
    Stale,
    /// <summary>The caller may not see this workspace. Nothing reached the cache or Coro.</summary>
    Forbidden,
    /// <summary>No such workspace (or item) in the caller's hierarchy.</summary>
    NotFound,
    /// <summary>No Coro credential covers the workspace, or Coro refused the one that should.</summary>
    NotConnected,
    /// <summary>Coro failed and nothing is cached.</summary>
    Failed,
    /// <summary>Coro did not answer within the per-workspace timeout.</summary>
    TimedOut,
}

/// <summary>What went wrong, in words a user may see: never a token, secret or raw body.</summary>
public sealed record GatewayError(
    string Title,
    IReadOnlyList<string> Details,
    string? TraceId = null,
    int? HttpStatus = null);

/// <summary>
/// A gateway answer: the value (when there is one), how it came about, when it was fetched from
/// Coro, and the error when something failed.
/// </summary>
public sealed record Fetched<T>(FetchStatus Status, T? Value, DateTimeOffset? AsOf, GatewayError? Error)
{
    public bool HasValue => Status is FetchStatus.Ok or FetchStatus.Stale;

    public static Fetched<T> Ok(T value, DateTimeOffset asOf) => new(FetchStatus.Ok, value, asOf, null);

    public static Fetched<T> Stale(T value, DateTimeOffset asOf, GatewayError error) =>
        new(FetchStatus.Stale, value, asOf, error);

    public static Fetched<T> Problem(FetchStatus status, GatewayError error) =>
        new(status, default, null, error);

    public Fetched<TOut> Map<TOut>(Func<T, TOut> map) =>
        new(Status, Value is null ? default : map(Value), AsOf, Error);
}
