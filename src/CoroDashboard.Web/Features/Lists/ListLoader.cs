using System.Globalization;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using Microsoft.Extensions.Logging;

namespace CoroDashboard.Web.Features.Lists;

/// <summary>Asks the gateway for one page of a list.</summary>
public delegate Task<Fetched<ListPage<WorkspaceItem<T>>>> ListLoad<T>(
    System.Security.Claims.ClaimsPrincipal user, ListQuery query, CancellationToken cancellationToken);

/// <summary>
/// Loads the pages of one list on screen. The grid may ask again for what it already shows (for
/// example when its pager is moved back to the first page after a sort), so a query equal to the
/// last one answered or the one in flight is not sent twice. A new query cancels the one in
/// flight, and an answer that a newer query has overtaken is reported as superseded, never shown.
/// </summary>
/// <param name="list">What the list holds ("devices"), for the log.</param>
public sealed class ListLoader<T>(ILogger logger, string list) : IDisposable
{
    private readonly CancellationTokenSource _life = new();
    private CancellationTokenSource? _inFlight;
    private (string Key, Task<Fetched<ListPage<WorkspaceItem<T>>>> Task)? _current;
    private long _generation;

    private static readonly GatewayError Unexpected =
        new("The list could not be loaded", ["Something went wrong on our side; try again."]);

    /// <summary>Null when a newer load overtook this one.</summary>
    public async Task<Fetched<ListPage<WorkspaceItem<T>>>?> LoadAsync(
        ListLoad<T> load, System.Security.Claims.ClaimsPrincipal user, ListQuery query)
    {
        var key = Key(query);
        if (!query.Refresh && _current is { } current && current.Key == key)
            return await AnswerOf(current.Task, _generation, query).ConfigureAwait(true);

        _inFlight?.Cancel();
        _inFlight?.Dispose();
        _inFlight = CancellationTokenSource.CreateLinkedTokenSource(_life.Token);
        var generation = ++_generation;
        var task = CallAsync(load, user, query, _inFlight.Token);
        _current = (key, task);
        return await AnswerOf(task, generation, query).ConfigureAwait(true);
    }

    /// <summary>Forgets the last answer, so the next query goes to the gateway even if unchanged.</summary>
    public void Forget()
    {
        _current = null;
        _generation++;
    }

    private async Task<Fetched<ListPage<WorkspaceItem<T>>>?> AnswerOf(
        Task<Fetched<ListPage<WorkspaceItem<T>>>> task, long generation, ListQuery query)
    {
        try
        {
            var answer = await task.ConfigureAwait(true);
            return generation == _generation ? answer : null;
        }
        catch (OperationCanceledException)
        {
            if (generation == _generation)
                _current = null;
            return null;
        }
        catch (Exception exception) when (generation == _generation)
        {
            logger.ListLoadFailed(exception, list, query.WorkspaceId);
            // The gateway answers failures as values; anything thrown is a fault of ours, and
            // the user gets a plain message while the next attempt starts afresh.
            _current = null;
            return Fetched<ListPage<WorkspaceItem<T>>>.Problem(FetchStatus.Failed, Unexpected);
        }
    }

    // Awaited here so that a load throwing before its first await fails its task, like any other.
    private static async Task<Fetched<ListPage<WorkspaceItem<T>>>> CallAsync(
        ListLoad<T> load,
        System.Security.Claims.ClaimsPrincipal user,
        ListQuery query,
        CancellationToken token) =>
        await load(user, query, token).ConfigureAwait(false);

    private static string Key(ListQuery query) => string.Join('\u001f',
        [
            query.WorkspaceId,
            query.IncludeDescendants ? "1" : "0",
            query.Page.ToString(CultureInfo.InvariantCulture),
            query.PageSize.ToString(CultureInfo.InvariantCulture),
            query.Search ?? "",
            query.SortBy ?? "",
            query.SortDescending ? "1" : "0",
            .. (query.Filters ?? new Dictionary<string, string>())
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key + "=" + pair.Value),
        ]);

    public void Dispose()
    {
        _life.Cancel();
        _inFlight?.Dispose();
        _life.Dispose();
    }
}
