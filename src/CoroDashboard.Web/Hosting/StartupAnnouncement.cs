using CoroDashboard.Web.Connection;
using CoroDashboard.Web.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoroDashboard.Web.Hosting;

/// <summary>Says at start where the dashboard runs and where its data comes from.</summary>
public static partial class StartupAnnouncement
{
    public static void AnnounceWhereItRuns(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoroDashboard");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features
                .Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                Listening(log, address);
            if (app.Services.GetService<EmbeddedSimulator>()?.Running is { } simulator)
                SimulatorRunning(log, simulator.BaseUrl, simulator.Dataset.Origin);
            if (app.Services.GetRequiredService<IdentityOptions>().Mode == IdentityMode.Demo)
                DemoSignInOn(log);
        });
    }

    [LoggerMessage(EventId = 1001, EventName = "DashboardListening", Level = LogLevel.Information,
        Message = "CoroDashboard is running at {Address}")]
    private static partial void Listening(ILogger logger, string address);

    [LoggerMessage(EventId = 1002, EventName = "EmbeddedSimulatorRunning", Level = LogLevel.Information,
        Message = "Coro data comes from the embedded simulator at {BaseUrl} (dataset {Dataset})")]
    private static partial void SimulatorRunning(ILogger logger, Uri baseUrl, string dataset);

    [LoggerMessage(EventId = 1003, EventName = "DemoSignInEnabled", Level = LogLevel.Information,
        Message = "Demo sign-in: pick a persona (MSP admin, MSP technician, customer admin) at /signin")]
    private static partial void DemoSignInOn(ILogger logger);
}
