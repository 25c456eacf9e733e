using CoroDashboard.Benchmarks.Naive;
using CoroDashboard.Benchmarks.Reporting;
using CoroDashboard.Benchmarks.Rig;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Simulator;

namespace CoroDashboard.Benchmarks.Workloads;

/// <summary>
/// N callers load a device list at once, each forcing a fresh Coro call, spread over workspaces that
/// different credentials cover: once on a cold gateway and once just after every token expired.
/// The gateway should ask for one token per credential in each round, whatever N is.
/// </summary>
internal sealed class TokenWorkload(RunningSimulator simulator, BenchmarkOptions options, Report report)
{
    private const int WorkspacesPerCredential = 5;

    public async Task RunAsync()
    {
        var workspaces = SpreadOverCredentials();
        var covering = workspaces.Select(id => simulator.CoveringCredential(id)!.ClientId).ToHashSet();
        var channelCredential = simulator.CoveringCredential(simulator.Dataset.Root.Id)!.ClientId;
        var coldExpected = covering.Append(channelCredential).Distinct().Count();
        report.Notes.Add(
            $"Token workload: demo preset, {workspaces.Count} workspaces under {covering.Count} credentials "
            + $"(plus the channel's own for the hierarchy), tokens living {options.TokenLifetimeSeconds} s; "
            + "each caller refreshes one workspace's device list, so every caller makes a Coro call.");

        simulator.SetTokenLifetime(options.TokenLifetimeSeconds);
        try
        {
            foreach (var callers in options.Callers)
                await RunAsync(callers, workspaces, coldExpected, covering.Count);
        }
        finally
        {
            simulator.SetTokenLifetime(null);
        }
    }

    private async Task RunAsync(
        int callers, IReadOnlyList<string> workspaces, int coldExpected, int expiryExpected)
    {
        var meter = new CallMeter(simulator);
        await using var rig = GatewayRig.Create(simulator, options.Concurrency);

        var (coldOk, cold) = await meter.MeasureAsync(() => LoadAsync(rig, callers, workspaces));
        // Past the lifetime of every token the cold round received, so the next round finds them expired.
        var lifetime = TimeSpan.FromSeconds(options.TokenLifetimeSeconds);
        await Task.Delay(lifetime + TimeSpan.FromMilliseconds(300));
        var (expiryOk, expiry) = await meter.MeasureAsync(() => LoadAsync(rig, callers, workspaces));
        var naive = await NaiveAsync(callers, workspaces);

        var workload = $"token requests, {callers} callers";
        report.Add(new Row(workload, "cold", cold, naive, $"{coldOk}/{callers} answers ok"));
        report.Add(new Row(workload, "at expiry", expiry, naive, $"{expiryOk}/{callers} answers ok"));
        report.Check(
            $"1 token request per credential, {callers} callers, cold",
            $"{Figures.Count(cold.Tokens)} for {coldExpected} credentials", cold.Tokens == coldExpected);
        report.Check(
            $"1 token request per credential, {callers} callers, at expiry",
            $"{Figures.Count(expiry.Tokens)} for {expiryExpected} credentials",
            expiry.Tokens == expiryExpected);
        if (cold.Wall > lifetime / 2)
            report.Notes.Add($"The cold round of {callers} callers outlasted half the token lifetime, so a "
                + "renewal inside it was due; raise --token-lifetime-s for a clean count.");
    }

    private static async Task<int> LoadAsync(GatewayRig rig, int callers, IReadOnlyList<string> workspaces)
    {
        var loads = Enumerable.Range(0, callers).Select(i => rig.Gateway.GetDevicesAsync(
            rig.User, new ListQuery(workspaces[i % workspaces.Count], Refresh: true)));
        var answers = await Task.WhenAll(loads);
        return answers.Count(answer => answer.Status == FetchStatus.Ok);
    }

    /// <summary>Each caller with a token of its own, one after another; alike cold or at expiry.</summary>
    private async Task<Cost> NaiveAsync(int callers, IReadOnlyList<string> workspaces)
    {
        var sample = Math.Min(callers, options.NaiveSample);
        await using var naive = NaiveCoro.Create(simulator);
        var cost = await new CallMeter(simulator).MeasureAsync(async () =>
        {
            for (var i = 0; i < sample; i++)
            {
                var workspace = workspaces[i % workspaces.Count];
                await naive.ReadAllAsync(simulator.CoveringCredential(workspace)!, workspace,
                    (api, id, token, page, size) => api.GetDevicesAsync(id, token, page, size));
            }
        });
        return sample == callers
            ? cost
            : cost.Scale((double)callers / sample, $"from {sample} of {callers} callers");
    }

    /// <summary>A few connected customers under each credential, so every credential is in play.</summary>
    private List<string> SpreadOverCredentials() =>
        [.. simulator.ConnectedCustomers()
            .GroupBy(workspace => simulator.CoveringCredential(workspace.Id)?.ClientId)
            .Where(group => group.Key is not null)
            .SelectMany(group => group.Take(WorkspacesPerCredential))
            .Select(workspace => workspace.Id)];
}
