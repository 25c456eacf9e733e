using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Credentials;

namespace CoroDashboard.Web.Connection;

/// <summary>
/// Connects the gateway to Coro: in simulator mode the simulator is started first (on a free
/// loopback port) and its credentials become the gateway's; in live mode the configured
/// credentials are used and no simulator runs.
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
    /// starts with the host) whose credentials become the gateway's.
    /// </summary>
    public static void AddCoroConnection(this WebApplicationBuilder builder)
    {
        if (ModeOf(builder.Configuration) == CoroMode.Simulator)
        {
            var options = builder.Configuration.GetSection(EmbeddedSimulatorOptions.Section)
                .Get<EmbeddedSimulatorOptions>() ?? new();
            builder.Services.AddSingleton(options);
            builder.Services.AddSingleton<EmbeddedSimulator>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<EmbeddedSimulator>());
            builder.Services.AddSingleton(provider => provider.GetRequiredService<EmbeddedSimulator>().Running);
            builder.Services.AddSingleton<ICoroCredentialSource, SimulatorCredentialSource>();
        }

        builder.Services.AddCoroGateway(builder.Configuration);
    }
}
