namespace CoroDashboard.Web.Identity;

/// <summary>Grants the bootstrap admins as the host starts, once the Coro connection is up.</summary>
public sealed class BootstrapAdminGrant(BootstrapAdmins admins) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => admins.GrantAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
