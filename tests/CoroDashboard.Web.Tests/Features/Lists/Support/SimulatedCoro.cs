using System.Collections.Concurrent;
using System.Security.Claims;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Configuration;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Features.Lists.Support;

/// <summary>
/// The demo simulator on a loopback port with the real gateway over it, shared by the list tests
/// that only read. Each test gets its own gateway scope; people are resolved by name.
/// </summary>
public sealed class SimulatedCoro : IAsyncLifetime, IAccessScopeResolver
{
    private readonly ConcurrentDictionary<string, AccessScope> _scopes = new();
    private ServiceProvider? _services;

    public RunningSimulator Simulator { get; private set; } = null!;

    public string RootId => Simulator.Dataset.Root.Id;

    /// <summary>The customer with the most devices: several pages at any page size.</summary>
    public string BigCustomerId { get; private set; } = "";

    public ClaimsPrincipal Admin => Person("msp-admin", AccessScope.Channel(RootId));

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions { Preset = "demo" });
        BigCustomerId = Simulator.Dataset.Workspaces.MaxBy(workspace => workspace.Devices.Count)!.Info.Id;

        var credential = Simulator.Credentials.First(c => c.WorkspaceId == RootId);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCoroGateway(new ConfigurationBuilder().Build());
        services.Configure<CoroGatewayOptions>(options => options.Credentials =
        [
            new CoroCredential
            {
                Name = "demo root",
                BaseUrl = Simulator.BaseUrl,
                ClientId = credential.ClientId,
                ClientSecret = credential.ClientSecret,
                WorkspaceId = credential.WorkspaceId,
            },
        ]);
        services.AddSingleton<IAccessScopeResolver>(this);
        _services = services.BuildServiceProvider();
    }

    /// <summary>A gateway as one circuit would get it.</summary>
    public ICoroGateway NewGateway() =>
        _services!.CreateScope().ServiceProvider.GetRequiredService<ICoroGateway>();

    public ClaimsPrincipal Person(string name, AccessScope scope)
    {
        _scopes[name] = scope;
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));
    }

    public ValueTask<AccessScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.Identity?.Name is { } name && _scopes.TryGetValue(name, out var scope)
            ? scope
            : AccessScope.None);

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SimulatedCoroCollection : ICollectionFixture<SimulatedCoro>
{
    public const string Name = "simulated Coro for lists";
}
