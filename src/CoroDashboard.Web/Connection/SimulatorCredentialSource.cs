using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Simulator;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// The running simulator's own API credentials, pointed at its loopback address, so demo mode
/// goes through the same token, cache and client path as a live Coro region.
/// </summary>
public sealed class SimulatorCredentialSource(RunningSimulator simulator) : ICoroCredentialSource
{
    public ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(
        CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CoroCredential>>(simulator.Credentials
            .Select((credential, index) => new CoroCredential
            {
                Name = $"simulator-{index + 1}",
                BaseUrl = simulator.BaseUrl,
                ClientId = credential.ClientId,
                ClientSecret = credential.ClientSecret,
                WorkspaceId = credential.WorkspaceId,
            })
            .ToArray());
}
