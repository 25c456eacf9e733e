using CoroDashboard.Simulator;

namespace CoroDashboard.Web.Tests.Support;

/// <summary>A Coro simulator on a loopback port, serving one generated dataset.</summary>
public sealed class SimulatedCoro : IAsyncLifetime
{
    private readonly string _preset;
    private RunningSimulator? _running;

    public SimulatedCoro() : this("demo")
    {
    }

    internal SimulatedCoro(string preset) => _preset = preset;

    public RunningSimulator Running => _running ?? throw new InvalidOperationException("Not started.");

    public SimulatorDataset Dataset => Running.Dataset;

    public async Task InitializeAsync() =>
        _running = await SimulatorApp.StartAsync(new SimulatorOptions { Preset = _preset });

    public async Task DisposeAsync()
    {
        if (_running is not null)
            await _running.DisposeAsync();
    }
}

/// <summary>The demo simulator, started once for every test class that names this collection.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCoroCollection : ICollectionFixture<SimulatedCoro>
{
    public const string Name = "Demo Coro simulator";
}
