using System.Diagnostics;
using CoroDashboard.Benchmarks;
using CoroDashboard.Benchmarks.Reporting;
using CoroDashboard.Benchmarks.Rig;
using CoroDashboard.Benchmarks.Workloads;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (UsageException usage)
{
    if (usage.Problem is not null)
        Console.Error.WriteLine(usage.Problem);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return usage.Problem is null ? 0 : 2;
}

// The in-process simulator's host logs to the console; warnings only, so the table stays readable.
Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

var report = new Report(options);
var watch = Stopwatch.StartNew();

if (options.Runs("tokens") || options.Runs("grid"))
{
    await using var demo = await Simulators.StartAsync("demo", options.LatencyMs);
    if (options.Runs("tokens"))
    {
        Progress("token requests");
        await new TokenWorkload(demo, options, report).RunAsync();
    }
    if (options.Runs("grid"))
    {
        Progress("device grid page");
        await new GridPageWorkload(demo, options, report).RunAsync();
    }
}

if (options.Runs("hierarchy") || options.Runs("list"))
{
    Progress($"starting the {options.ManyPreset} simulator");
    await using var many = await Simulators.StartAsync(options.ManyPreset, options.LatencyMs);
    var devices = many.Dataset.Workspaces.Sum(workspace => workspace.Devices.Count);
    report.Notes.Add($"Views over many workspaces: {options.ManyPreset} preset, "
        + $"{Figures.Count(many.Dataset.Workspaces.Count)} workspaces, {Figures.Count(devices)} devices.");
    if (options.Runs("hierarchy"))
    {
        Progress("hierarchy with counts");
        await new HierarchyWorkload(many, options, report).RunAsync();
    }
    if (options.Runs("list"))
    {
        Progress("cross-workspace device list");
        await new DeviceListWorkload(many, options, report).RunAsync();
    }
}

report.Notes.Add("Naive path: a new token before every call, no cache, one call at a time; it is the same "
    + "cold, warm or at expiry, so one measurement serves each workload's rows.");
report.Duration = watch.Elapsed;
report.Machine = LoadAverage();
TableWriter.Write(report, Console.Out);
if (options.JsonPath is { } path)
{
    await JsonReport.WriteAsync(report, path);
    Console.WriteLine($"JSON written to {path}");
}
return report.Targets.All(target => target.Pass) ? 0 : 1;

// Linux reports the run-queue length over 1, 5 and 15 minutes; other systems are left out.
static string LoadAverage() => File.Exists("/proc/loadavg")
    ? $"load average {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} at the end"
    : "load average unknown";

void Progress(string step) =>
    Console.Error.WriteLine($"[{watch.Elapsed.TotalSeconds,6:0.0} s] {step}");
