using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>The parts of a list answer the status line shows, whatever the list's items are.</summary>
public interface IFetchedList
{
    FetchStatus Status { get; }
    DateTimeOffset? AsOf { get; }
    GatewayError? Error { get; }
    IReadOnlyList<WorkspacePart<int>> Parts { get; }
}

public sealed record FetchedList<T>(Fetched<ListPage<WorkspaceItem<T>>> Answer) : IFetchedList
{
    public FetchStatus Status => Answer.Status;
    public DateTimeOffset? AsOf => Answer.AsOf;
    public GatewayError? Error => Answer.Error;
    public IReadOnlyList<WorkspacePart<int>> Parts => Answer.Value?.Parts ?? [];
}
