using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Simulator;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// Connects the gateway to Coro: in simulator mode the simulator is started first (on a free
/// loopback port) and its credentials become the gateway's; in live mode the configured
/// credentials are used and no simulator runs. Credentials stored on the settings page are
/// added in both modes.
/// </summary>
public static class CoroConnection
{
    public const string ModeKey = "Coro:Mode";

    public static CoroMode ModeOf(IConfiguration configuration)
    {
        var configured = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(configured))
            return CoroMode.Simulator;
        return Enum.TryParse<CoroMode>(configured, ignoreCase: true, out var mode)
            ? mode
            : throw new InvalidOperationException(
                $"{ModeKey} is '{configured}'; expected Simulator or Live.");
    }

    /// <summary>
    /// Registers the gateway; returns the started simulator in simulator mode (the caller stops
    /// it after the app), null in live mode.
    /// </summary>
    public static async Task<RunningSimulator?> AddCoroConnectionAsync(
        this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        RunningSimulator? simulator = null;
        if (ModeOf(builder.Configuration) == CoroMode.Simulator)
        {
            var options = builder.Configuration.GetSection(EmbeddedSimulatorOptions.Section)
                .Get<EmbeddedSimulatorOptions>() ?? new();
            simulator = await SimulatorApp.StartAsync(
                new SimulatorOptions
                {
                    Preset = options.Preset,
                    Seed = options.Seed,
                    DatasetFile = options.DatasetFile,
                },
                options.Url,
                cancellationToken);
            builder.Services.AddSingleton(simulator);
            builder.Services.AddSingleton<SimulatorCredentialSource>();
        }
        else
        {
            builder.Services.AddSingleton<OptionsCredentialSource>();
        }

        builder.Services.AddSingleton<StoredCredentialSource>();
        builder.Services.AddSingleton<ICoroCredentialSource>(provider => new CombinedCredentialSource(
            simulator is null
                ? provider.GetRequiredService<OptionsCredentialSource>()
                : provider.GetRequiredService<SimulatorCredentialSource>(),
            provider.GetRequiredService<StoredCredentialSource>()));
        builder.Services.AddCoroGateway(builder.Configuration);
        return simulator;
    }
}
