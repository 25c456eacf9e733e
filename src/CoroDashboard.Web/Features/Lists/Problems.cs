using CoroDashboard.Gateway.Results;
using MudBlazor;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>What each way of failing means to someone looking at a list.</summary>
public static class Problems
{
    public static string Headline(FetchStatus status) => status switch
    {
        FetchStatus.Forbidden => "You do not have access to this workspace.",
        FetchStatus.NotFound => "This workspace or item does not exist (any more).",
        FetchStatus.NotConnected => "This workspace is not connected to Coro.",
        FetchStatus.TimedOut => "Coro did not answer in time.",
        FetchStatus.Stale => "Coro is not answering; showing the last data we have.",
        _ => "Coro could not be reached.",
    };

    public static Severity SeverityOf(FetchStatus status) => status switch
    {
        FetchStatus.Stale => Severity.Warning,
        FetchStatus.Forbidden or FetchStatus.NotFound or FetchStatus.NotConnected => Severity.Info,
        _ => Severity.Error,
    };

    public static string Part(FetchStatus status) => status switch
    {
        FetchStatus.Stale => "older data",
        FetchStatus.Forbidden => "no access",
        FetchStatus.NotFound => "not found",
        FetchStatus.NotConnected => "not connected",
        FetchStatus.TimedOut => "timed out",
        _ => "failed",
    };
}
