using CoroDashboard.Simulator;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// The Coro simulator hosted inside the dashboard in simulator mode. It starts with the host,
/// before the dashboard serves its first request, and stops with it. Starting it as a hosted
/// service (not before the dashboard's host is built) keeps the dashboard's host the first one
/// built in the process, which is what test hosts of the dashboard rely on.
/// </summary>
public sealed class EmbeddedSimulator(EmbeddedSimulatorOptions options) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<RunningSimulator> _started =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private bool _owned = true;

    /// <summary>
    /// One that stands for a simulator started elsewhere (by a test's fixture), which keeps it
    /// running when this one is disposed.
    /// </summary>
    public static EmbeddedSimulator Wrapping(RunningSimulator running)
    {
        var embedded = new EmbeddedSimulator(new EmbeddedSimulatorOptions()) { _owned = false };
        embedded._started.SetResult(running);
        return embedded;
    }

    /// <summary>Completes once the simulator listens; the gateway's credentials wait on it.</summary>
    public Task<RunningSimulator> Started => _started.Task;

    /// <summary>The running simulator; only after the host has started.</summary>
    public RunningSimulator Running => _started.Task.IsCompletedSuccessfully
        ? _started.Task.Result
        : throw new InvalidOperationException("The embedded simulator has not started yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_started.Task.IsCompleted)
            return;
        try
        {
            var simulator = await SimulatorApp.StartAsync(
                new SimulatorOptions
                {
                    Preset = options.Preset,
                    Seed = options.Seed,
                    DatasetFile = options.DatasetFile,
                },
                options.Url,
                cancellationToken);
            _started.TrySetResult(simulator);
        }
        catch (Exception failure)
        {
            _started.TrySetException(failure);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_owned && _started.Task.IsCompletedSuccessfully)
            await _started.Task.Result.DisposeAsync();
        _started.TrySetCanceled();
    }
}
