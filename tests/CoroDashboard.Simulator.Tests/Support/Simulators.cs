namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>Starts simulators on a free loopback port for a test.</summary>
public static class Simulators
{
    public const string Root = "ws-root";
    public const string Alpha = "ws-alpha";
    public const string Bravo = "ws-bravo";

    public static Task<RunningSimulator> StartTinyAsync(FaultSettings? faults = null, TimeProvider? time = null) =>
        SimulatorApp.StartAsync(new SimulatorOptions
        {
            Preset = "tiny",
            Faults = faults ?? new FaultSettings(),
            TimeProvider = time ?? TimeProvider.System,
        });

    public static SimulatorCredential RootCredential(this RunningSimulator simulator) =>
        simulator.Credentials.Single(c => c.WorkspaceId == Root);

    public static SimulatorCredential AlphaCredential(this RunningSimulator simulator) =>
        simulator.Credentials.Single(c => c.WorkspaceId == Alpha);
}

/// <summary>One demo-preset simulator shared by the read-only tests of a collection.</summary>
public sealed class DemoSimulatorFixture : IAsyncLifetime
{
    public RunningSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions { Preset = "demo" });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoSimulatorFixture>
{
    public const string Name = "demo simulator";
}
