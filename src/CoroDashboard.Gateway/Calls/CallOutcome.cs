using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Gateway.Calls;

/// <summary>What one trip to Coro gave: a value, or the status and error to show instead.</summary>
internal sealed record CallOutcome<T>(
    FetchStatus Status,
    T? Value,
    GatewayError? Error,
    DateTimeOffset? AsOf = null)
{
    public bool IsOk => Status == FetchStatus.Ok;

    public static CallOutcome<T> Ok(T value) => new(FetchStatus.Ok, value, null);

    public static CallOutcome<T> Problem(FetchStatus status, GatewayError error) =>
        new(status, default, error);

    public CallOutcome<TOut> Cast<TOut>() => new(Status, default, Error, AsOf);
}
