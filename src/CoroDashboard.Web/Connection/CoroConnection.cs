using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Credentials;

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
    /// Registers the gateway, and in simulator mode the embedded simulator (a hosted service that
    /// starts with the host) whose credentials become the gateway's. Credentials stored on the
    /// settings page join the configured (or simulator) ones.
    /// </summary>
    public static void AddCoroConnection(this WebApplicationBuilder builder)
    {
        var simulated = ModeOf(builder.Configuration) == CoroMode.Simulator;
        if (simulated)
        {
            var options = builder.Configuration.GetSection(EmbeddedSimulatorOptions.Section)
                .Get<EmbeddedSimulatorOptions>() ?? new();
            builder.Services.AddSingleton(options);
            builder.Services.AddSingleton<EmbeddedSimulator>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulator>());
            builder.Services.AddSingleton(provider => provider.GetRequiredService<EmbeddedSimulator>().Running);
            builder.Services.AddSingleton<SimulatorCredentialSource>();
        }
        else
        {
            builder.Services.AddSingleton<OptionsCredentialSource>();
        }

        builder.Services.AddSingleton<StoredCredentialSource>();
        builder.Services.AddSingleton<ICoroCredentialSource>(provider => new CombinedCredentialSource(
            simulated
                ? provider.GetRequiredService<SimulatorCredentialSource>()
                : provider.GetRequiredService<OptionsCredentialSource>(),
            provider.GetRequiredService<StoredCredentialSource>()));
        builder.Services.AddCoroGateway(builder.Configuration);
    }
}
