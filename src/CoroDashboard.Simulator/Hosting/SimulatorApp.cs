using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.AuditLogs;
using CoroDashboard.Simulator.Control;
using CoroDashboard.Simulator.Devices;
using CoroDashboard.Simulator.Faults;
using CoroDashboard.Simulator.Generation;
using CoroDashboard.Simulator.Http;
using CoroDashboard.Simulator.Stats;
using CoroDashboard.Simulator.Subscriptions;
using CoroDashboard.Simulator.Tickets;
using CoroDashboard.Simulator.Token;
using CoroDashboard.Simulator.Users;
using CoroDashboard.Simulator.Webhooks;
using CoroDashboard.Simulator.Workspaces;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoroDashboard.Simulator;

/// <summary>Builds and starts the simulator: Coro's API v1 over HTTP, backed by an in-memory dataset.</summary>
public static class SimulatorApp
{
    /// <summary>Builds the app (routes, state) on the given builder args; used by Program.cs and tests.</summary>
    public static WebApplication Build(string[] args, SimulatorOptions options)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var faults = options.Faults.Copy();
        builder.Configuration.GetSection(FaultSettings.Section).Bind(faults);
        var effective = new SimulatorOptions
        {
            Preset = options.Preset,
            Seed = options.Seed,
            DatasetFile = options.DatasetFile,
            Faults = faults,
            TimeProvider = options.TimeProvider,
        };
        AddServices(builder.Services, effective, LoadDataset(effective));

        var app = builder.Build();
        UsePipeline(app);
        MapEndpoints(app);
        return app;
    }

    /// <summary>Starts on a free loopback port (or the given url) and returns once it is listening.</summary>
    public static async Task<RunningSimulator> StartAsync(
        SimulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        var app = Build([], options);
        app.Urls.Clear();
        app.Urls.Add(url);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault() ?? throw new InvalidOperationException("The simulator reported no listening address.");
        return new RunningSimulator(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static SimulatorDataset LoadDataset(SimulatorOptions options) =>
        options.DatasetFile is { } file
            ? DatasetFile.ReadAsync(file).GetAwaiter().GetResult()
            : DatasetGenerator.Generate(options.Preset, options.Seed);

    private static void AddServices(IServiceCollection services, SimulatorOptions options, SimulatorDataset dataset)
    {
        services.AddSingleton(options);
        services.AddSingleton(dataset);
        services.AddSingleton(new SimulatorClock(dataset, options.TimeProvider));
        services.AddSingleton<TokenStore>();
        services.AddSingleton<FaultState>();
        services.AddSingleton<SimulatorStats>();
        services.AddSingleton<ProblemWriter>();
        services.AddSingleton<ResponseTampering>();
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseMiddleware<ProblemMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestCountingMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<AccessMiddleware>();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapToken();
        app.MapWorkspaces();
        app.MapTickets();
        app.MapTicketSummaries();
        app.MapDevices();
        app.MapUsers();
        app.MapPortalUsers();
        app.MapSubscriptions();
        app.MapUsage();
        app.MapAuditLogs();
        app.MapWebhooks();
        app.MapControl();
    }
}
