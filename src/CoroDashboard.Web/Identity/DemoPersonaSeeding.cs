namespace CoroDashboard.Web.Identity;

/// <summary>
/// Gives the demo personas their role assignments as the host starts (demo mode only), once the
/// Coro connection is up, so the first sign-in already finds them.
/// </summary>
public sealed class DemoPersonaSeeding(DemoAssignments assignments) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => assignments.SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
