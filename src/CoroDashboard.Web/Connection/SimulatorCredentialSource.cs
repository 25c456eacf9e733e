using CoroDashboard.Gateway.Credentials;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// The running simulator's own API credentials, pointed at its loopback address, so demo mode
/// goes through the same token, cache and client path as a live Coro region.
/// </summary>
public sealed class SimulatorCredentialSource(EmbeddedSimulator simulator) : ICoroCredentialSource
{
    public async ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var running = await simulator.Started.WaitAsync(cancellationToken);
        return running.Credentials
            .Select((credential, index) => new CoroCredential
            {
                Name = $"simulator-{index + 1}",
                BaseUrl = running.BaseUrl,
                ClientId = credential.ClientId,
                ClientSecret = credential.ClientSecret,
                WorkspaceId = credential.WorkspaceId,
            })
            .ToArray();
    }
}
