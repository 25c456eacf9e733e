using System.Security.Claims;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Gateway.Tests.Support;

/// <summary>
/// The real gateway registration over the simulator on a loopback port, both running on one
/// clock, so a test can move time past a token's expiry on both sides at once.
/// </summary>
public sealed class SimulatorGateway : IAsyncDisposable
{
    public const string TokenRoute = "POST /oauth/token";

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private SimulatorGateway(RunningSimulator simulator, ServiceProvider services)
    {
        Simulator = simulator;
        _services = services;
        _scope = services.CreateAsyncScope();
        Gateway = _scope.ServiceProvider.GetRequiredService<ICoroGateway>();
        Admin = services.GetRequiredService<TestScopes>()
            .Person("admin", AccessScope.Channel(simulator.Dataset.Root.Id));
    }

    public RunningSimulator Simulator { get; }
    public ICoroGateway Gateway { get; }
    public ClaimsPrincipal Admin { get; }

    public long TokenRequests => Simulator.Stats.RequestsFor(TokenRoute);

    /// <summary>Starts the demo preset; the gateway gets those of its credentials the filter keeps.</summary>
    public static async Task<SimulatorGateway> StartAsync(
        TimeProvider clock, Func<RunningSimulator, SimulatorCredential, bool> useCredential)
    {
        var simulator = await SimulatorApp.StartAsync(
            new SimulatorOptions { Preset = "demo", TimeProvider = clock });
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddCoroGateway(new ConfigurationBuilder().Build());
        services.Configure<CoroGatewayOptions>(options =>
        {
            options.ChannelWorkspaceId = simulator.Dataset.Root.Id;
            options.Credentials = [.. simulator.Credentials
                .Where(credential => useCredential(simulator, credential))
                .Select(credential => new CoroCredential
                {
                    Name = $"sim-{credential.WorkspaceId}",
                    BaseUrl = simulator.BaseUrl,
                    ClientId = credential.ClientId,
                    ClientSecret = credential.ClientSecret,
                    WorkspaceId = credential.WorkspaceId,
                })];
            options.Gateway.TokenRetryDelay = TimeSpan.Zero;
        });
        services.AddSingleton<TestScopes>();
        services.AddSingleton<IAccessScopeResolver>(provider => provider.GetRequiredService<TestScopes>());
        return new SimulatorGateway(simulator, services.BuildServiceProvider());
    }

    /// <summary>Customers with devices that their ancestors' credentials reach, in dataset order.</summary>
    public IEnumerable<SimulatedWorkspace> ConnectedCustomers() =>
        Simulator.Dataset.Workspaces.Where(workspace =>
            workspace.Info.Type.Known == Coro.Wire.WorkspaceType.Child
            && workspace.Devices.Count > 0
            && !workspace.AncestorAccessRevoked
            && !workspace.IsArchived);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
