using Microsoft.Extensions.Logging;

namespace CoroDashboard.Gateway.Observability;

/// <summary>
/// The gateway's log events. Ids are stable so operators can filter on them; no event carries a
/// token, a secret or a response body.
/// </summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 2001, EventName = "TokenRequested", Level = LogLevel.Debug,
        Message = "Requesting a Coro token for credential {Credential}")]
    public static partial void TokenRequested(this ILogger logger, string credential);

    [LoggerMessage(EventId = 2002, EventName = "TokenFetched", Level = LogLevel.Information,
        Message = "Coro token fetched for credential {Credential}, valid for {Lifetime}")]
    public static partial void TokenFetched(this ILogger logger, string credential, TimeSpan lifetime);

    [LoggerMessage(EventId = 2003, EventName = "TokenRenewing", Level = LogLevel.Information,
        Message = "Renewing the Coro token of credential {Credential}, {Remaining} before it expires")]
    public static partial void TokenRenewing(this ILogger logger, string credential, TimeSpan remaining);

    [LoggerMessage(EventId = 2004, EventName = "TokenFailed", Level = LogLevel.Warning,
        Message = "Coro token request for credential {Credential} failed on attempt {Attempt}: {Reason}")]
    public static partial void TokenFailed(this ILogger logger, string credential, int attempt,
        string reason);

    [LoggerMessage(EventId = 2005, EventName = "TokenRejected", Level = LogLevel.Information,
        Message = "Coro rejected the token of credential {Credential} for workspace {WorkspaceId}; "
            + "fetching a new one and trying once more")]
    public static partial void TokenRejected(this ILogger logger, string credential, string workspaceId);

    [LoggerMessage(EventId = 2010, EventName = "CacheHit", Level = LogLevel.Debug,
        Message = "Cache hit for {Key}")]
    public static partial void CacheHit(this ILogger logger, string key);

    [LoggerMessage(EventId = 2011, EventName = "CacheMiss", Level = LogLevel.Debug,
        Message = "Cache miss for {Key}")]
    public static partial void CacheMiss(this ILogger logger, string key);

    [LoggerMessage(EventId = 2012, EventName = "CacheStale", Level = LogLevel.Warning,
        Message = "Serving {Key} as of {AsOf} because Coro failed: {Reason}")]
    public static partial void CacheStale(this ILogger logger, string key, DateTimeOffset asOf,
        string reason);

    [LoggerMessage(EventId = 2020, EventName = "CoroCallFailed", Level = LogLevel.Warning,
        Message = "Coro call {Route} for workspace {WorkspaceId} failed with {Status}: {Reason} "
            + "(trace {TraceId})")]
    public static partial void CoroCallFailed(
        this ILogger logger, string route, string workspaceId, int status, string reason, string? traceId);

    [LoggerMessage(EventId = 2021, EventName = "CoroCallBody", Level = LogLevel.Debug,
        Message = "Coro call {Route} answered with body {Body}")]
    public static partial void CoroCallBody(this ILogger logger, string route, string body);

    [LoggerMessage(EventId = 2022, EventName = "WorkspaceNotConnected", Level = LogLevel.Information,
        Message = "Workspace {WorkspaceId} is not connected: {Reason}")]
    public static partial void WorkspaceNotConnected(this ILogger logger, string workspaceId, string reason);

    [LoggerMessage(EventId = 2030, EventName = "AccessDenied", Level = LogLevel.Information,
        Message = "Access to workspace {WorkspaceId} denied for {Principal}")]
    public static partial void AccessDenied(this ILogger logger, string workspaceId, string principal);

    [LoggerMessage(EventId = 2031, EventName = "NoAccess", Level = LogLevel.Information,
        Message = "{Principal} has access to no workspace and was refused")]
    public static partial void NoAccess(this ILogger logger, string principal);
}
