using System.Diagnostics;
using CoroDashboard.Simulator;
using CoroDashboard.Simulator.Generation;

var commandLine = SimulatorCommandLine.Parse(args);
var options = commandLine.Options;

if (commandLine.WriteDatasetTo is { } target)
{
    var started = Stopwatch.GetTimestamp();
    var dataset = DatasetGenerator.Generate(options.Preset, options.Seed);
    var generated = Stopwatch.GetElapsedTime(started);
    await DatasetFile.WriteAsync(dataset, target);
    Console.WriteLine($"Generated preset {options.Preset} (seed {options.Seed}) in {generated.TotalMilliseconds:0} ms: "
        + $"{dataset.Workspaces.Count} workspaces, {dataset.Workspaces.Sum(w => w.Devices.Count)} devices, "
        + $"{dataset.Workspaces.Sum(w => w.Tickets.Count)} tickets; written to {target}");
    return;
}

var hostArgs = commandLine.HostArgs;
if (!hostArgs.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)))
    hostArgs = [.. hostArgs, "--urls", "http://127.0.0.1:5180"];

var app = SimulatorApp.Build(hostArgs, options);
var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoroDashboard.Simulator");
app.Lifetime.ApplicationStarted.Register(() =>
{
    var served = app.Services.GetRequiredService<SimulatorDataset>();
    foreach (var url in app.Urls)
        logger.LogInformation("Coro simulator listening on {Url} ({Origin})", url, served.Origin);
    foreach (var credential in served.Credentials)
        logger.LogInformation("Credential {ClientId} acts on workspace {WorkspaceId}; secrets at GET /_sim/credentials",
            credential.ClientId, credential.WorkspaceId);
});
await app.RunAsync();
