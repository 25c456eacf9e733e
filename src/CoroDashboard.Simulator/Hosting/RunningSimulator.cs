using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Faults;

namespace CoroDashboard.Simulator;

/// <summary>A simulator listening on loopback; dispose it to stop it.</summary>
public sealed class RunningSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FaultState _faults;

    internal RunningSimulator(WebApplication app, Uri baseUrl)
    {
        _app = app;
        _faults = app.Services.GetRequiredService<FaultState>();
        BaseUrl = baseUrl;
        Dataset = app.Services.GetRequiredService<SimulatorDataset>();
        Stats = app.Services.GetRequiredService<SimulatorStats>();
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The data it serves (live: write operations change it).</summary>
    public SimulatorDataset Dataset { get; }

    /// <summary>The same numbers as <c>GET /_sim/stats</c>.</summary>
    public SimulatorStats Stats { get; }

    /// <summary>The faults in force (a copy); setting it is the same as <c>PUT /_sim/faults</c>.</summary>
    public FaultSettings Faults
    {
        get => _faults.Current;
        set => _faults.Apply(value);
    }

    public IReadOnlyList<SimulatorCredential> Credentials => Dataset.Credentials;

    /// <summary>Makes every token issued so far answer 401, as <c>POST /_sim/tokens/revoke</c> does.</summary>
    public void RevokeTokens() => _app.Services.GetRequiredService<TokenStore>().RevokeAll();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
