using System.Security.Claims;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Benchmarks.Rig;

/// <summary>
/// The real gateway registration (<see cref="GatewayServiceCollectionExtensions.AddCoroGateway"/>)
/// pointed at a simulator over loopback with all of its credentials. Each rig starts cold: no
/// token, nothing cached.
/// </summary>
internal sealed class GatewayRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private GatewayRig(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
        Gateway = _scope.ServiceProvider.GetRequiredService<ICoroGateway>();
    }

    public ICoroGateway Gateway { get; }

    public ClaimsPrincipal User => ChannelAdmin.Principal;

    public static GatewayRig Create(RunningSimulator simulator, int concurrency)
    {
        var channelId = simulator.Dataset.Root.Id;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCoroGateway(new ConfigurationBuilder().Build());
        services.Configure<CoroGatewayOptions>(options =>
        {
            options.ChannelWorkspaceId = channelId;
            options.Credentials = [.. simulator.Credentials.Select((credential, i) => new CoroCredential
            {
                Name = $"simulator-{i + 1}",
                BaseUrl = simulator.BaseUrl,
                ClientId = credential.ClientId,
                ClientSecret = credential.ClientSecret,
                WorkspaceId = credential.WorkspaceId,
            })];
            options.Gateway.MaxConcurrency = concurrency;
        });
        services.AddSingleton<IAccessScopeResolver>(new ChannelAdmin(channelId));
        return new GatewayRig(services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
