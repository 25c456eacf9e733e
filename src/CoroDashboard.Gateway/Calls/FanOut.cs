using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Observability;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Gateway.Workspaces;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Calls;

/// <summary>
/// Fetches one thing for many workspaces: at most <see cref="GatewaySettings.MaxConcurrency"/> at
/// once, each within <see cref="GatewaySettings.WorkspaceTimeout"/>, yielding each workspace's
/// part as soon as it is done. A workspace that fails or times out is a part of its own, never
/// a reason to stop the others.
/// </summary>
internal sealed class FanOut(
    IOptionsMonitor<CoroGatewayOptions> options,
    TimeProvider clock,
    GatewayMetrics metrics)
{
    public async IAsyncEnumerable<WorkspacePart<T>> RunAsync<T>(
        string view,
        IReadOnlyList<CoveredWorkspace> targets,
        Func<CoveredWorkspace, CancellationToken, Task<Fetched<T>>> fetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Gateway;
        var started = Stopwatch.GetTimestamp();
        var parts = Channel.CreateUnbounded<WorkspacePart<T>>(
            new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var queue = new Queue<CoveredWorkspace>(targets);
        var workers = Enumerable.Range(0, Math.Clamp(settings.MaxConcurrency, 1, Math.Max(1, targets.Count)))
            .Select(_ => WorkAsync(queue, fetch, parts.Writer, settings.WorkspaceTimeout, stop.Token))
            .ToArray();
        var finished = Task.WhenAll(workers).ContinueWith(
            done => parts.Writer.TryComplete(done.Exception?.GetBaseException()),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        try
        {
            await foreach (var part in parts.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return part;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await finished.ConfigureAwait(false);
            metrics.FanOut(view, Stopwatch.GetElapsedTime(started), targets.Count);
        }
    }

    private async Task WorkAsync<T>(
        Queue<CoveredWorkspace> queue,
        Func<CoveredWorkspace, CancellationToken, Task<Fetched<T>>> fetch,
        ChannelWriter<WorkspacePart<T>> parts,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested && Next(queue) is { } target)
        {
            var part = await FetchOneAsync(target, fetch, timeout, cancellationToken).ConfigureAwait(false);
            if (part is not null)
                await parts.WriteAsync(part, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<WorkspacePart<T>?> FetchOneAsync<T>(
        CoveredWorkspace target,
        Func<CoveredWorkspace, CancellationToken, Task<Fetched<T>>> fetch,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var fetched = await fetch(target, linked.Token).ConfigureAwait(false);
            return new WorkspacePart<T>(target.WorkspaceId, fetched.Status, fetched.Value, fetched.AsOf,
                fetched.Error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var error = new GatewayError($"Coro did not answer within {timeout.TotalSeconds:0.#} s", []);
            return new WorkspacePart<T>(target.WorkspaceId, FetchStatus.TimedOut, default, null, error);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static CoveredWorkspace? Next(Queue<CoveredWorkspace> queue)
    {
        lock (queue)
            return queue.TryDequeue(out var target) ? target : null;
    }
}
