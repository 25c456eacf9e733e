using CoroDashboard.Gateway.Configuration;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Gateway.Credentials;

/// <summary>Where the gateway finds its Coro credentials (configuration, a settings store).</summary>
public interface ICoroCredentialSource
{
    ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(CancellationToken cancellationToken);
}

/// <summary>The credentials listed in the <c>Coro:Credentials</c> configuration section.</summary>
public sealed class OptionsCredentialSource(
    IOptionsMonitor<CoroGatewayOptions> options) : ICoroCredentialSource
{
    public ValueTask<IReadOnlyList<CoroCredential>> GetCredentialsAsync(
        CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CoroCredential>>(
            options.CurrentValue.Credentials.Where(IsUsable).ToArray());

    private static bool IsUsable(CoroCredential credential) =>
        credential.ClientId.Length > 0 && credential.WorkspaceId.Length > 0;
}
