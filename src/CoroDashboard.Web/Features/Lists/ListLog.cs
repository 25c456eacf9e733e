using Microsoft.Extensions.Logging;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>The lists' own events; what Coro answered is the gateway's to log.</summary>
internal static partial class ListLog
{
    [LoggerMessage(EventId = 5001, EventName = "ListLoadFailed", Level = LogLevel.Error,
        Message = "Loading the {List} of workspace {WorkspaceId} failed unexpectedly")]
    public static partial void ListLoadFailed(
        this ILogger logger, Exception exception, string list, string workspaceId);
}
