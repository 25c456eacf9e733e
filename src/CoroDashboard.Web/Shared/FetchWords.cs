using CoroDashboard.Gateway.Results;

namespace CoroDashboard.Web.Shared;

/// <summary>Short words for why one workspace's part of a view is missing, for table cells.</summary>
public static class FetchWords
{
    public static string Reason(FetchStatus status, GatewayError? error)
    {
        var what = status switch
        {
            FetchStatus.Forbidden => "No access",
            FetchStatus.NotFound => "Not found",
            FetchStatus.NotConnected => "Not connected",
            FetchStatus.TimedOut => "Timed out",
            FetchStatus.Failed => "Coro unavailable",
            FetchStatus.Stale => "Stale",
            _ => "",
        };
        return error?.TraceId is { } traceId ? $"{what} (trace id {traceId})" : what;
    }
}
