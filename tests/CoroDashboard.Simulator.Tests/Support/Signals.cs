namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>Tasks that complete when the simulator reports something, so tests await real signals.</summary>
public static class Signals
{
    /// <summary>Completes when a fault of the given kind is injected.</summary>
    public static Task FaultAsync(this SimulatorStats stats, string kind)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stats.FaultInjected += fault =>
        {
            if (fault == kind)
                seen.TrySetResult();
        };
        return seen.Task;
    }
}
