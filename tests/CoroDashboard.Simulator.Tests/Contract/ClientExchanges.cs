using CoroDashboard.Simulator.Tests.Client;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Contract;

/// <summary>Every request the real client sent in one run of <see cref="ClientScenario"/>, with its answer.</summary>
public sealed class ClientExchanges : IAsyncLifetime
{
    public IReadOnlyList<Exchange> All { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        var capture = new CapturingHandler();
        using var clients = new CoroClients(simulator, capture);
        await ClientScenario.RunAsync(simulator, clients);
        All = capture.Exchanges;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
