namespace CoroDashboard.Web.Identity;

/// <summary>
/// Gives the demo personas their role assignments as the host starts (demo mode only), once the
/// Coro connection is up, so the first sign-in already finds them. A Coro that does not answer in
/// time leaves the personas as they were, rather than holding up the start.
/// </summary>
public sealed class DemoPersonaSeeding(DemoAssignments assignments, ILogger<DemoAssignments> log)
    : IHostedService
{
    /// <summary>How long start may wait for the hierarchy the personas are given parts of.</summary>
    private static readonly TimeSpan SeedingLimit = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(SeedingLimit);
        try
        {
            await assignments.SeedAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            DemoAssignments.TimedOut(log);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
