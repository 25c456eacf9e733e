using System.Diagnostics;
using CoroDashboard.Simulator.Generation;

namespace CoroDashboard.Simulator;

/// <summary>
/// The standalone simulator. A named class rather than top-level statements, so the dashboard,
/// which hosts the simulator in-process, keeps the only global <c>Program</c>.
/// </summary>
public static class SimulatorProgram
{
    private const string DefaultUrl = "http://127.0.0.1:5180";

    public static async Task Main(string[] args)
    {
        var commandLine = SimulatorCommandLine.Parse(args);
        if (commandLine.WriteDatasetTo is { } target)
            await WriteDatasetAsync(commandLine.Options, target);
        else
            await ServeAsync(commandLine);
    }

    private static async Task WriteDatasetAsync(SimulatorOptions options, string target)
    {
        var started = Stopwatch.GetTimestamp();
        var dataset = DatasetGenerator.Generate(options.Preset, options.Seed);
        var generated = Stopwatch.GetElapsedTime(started);
        await DatasetFile.WriteAsync(dataset, target);
        Console.WriteLine(
            $"Generated preset {options.Preset} (seed {options.Seed}) in {generated.TotalMilliseconds:0} ms: "
            + $"{dataset.Workspaces.Count} workspaces, "
            + $"{dataset.Workspaces.Sum(w => w.Devices.Count)} devices, "
            + $"{dataset.Workspaces.Sum(w => w.Tickets.Count)} tickets; written to {target}");
    }

    private static async Task ServeAsync(SimulatorCommandLine commandLine)
    {
        var hostArgs = commandLine.HostArgs;
        if (!hostArgs.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)))
            hostArgs = [.. hostArgs, "--urls", DefaultUrl];

        var app = SimulatorApp.Build(hostArgs, commandLine.Options);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoroDashboard.Simulator");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var served = app.Services.GetRequiredService<SimulatorDataset>();
            foreach (var url in app.Urls)
                logger.LogInformation("Coro simulator listening on {Url} ({Origin})", url, served.Origin);
            foreach (var credential in served.Credentials)
                logger.LogInformation(
                    "Credential {ClientId} acts on workspace {WorkspaceId}; secrets at GET /_sim/credentials",
                    credential.ClientId, credential.WorkspaceId);
        });
        await app.RunAsync();
    }
}
