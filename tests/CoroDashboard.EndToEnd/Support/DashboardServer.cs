using System.Net.Http.Json;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Simulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.EndToEnd.Support;

/// <summary>
/// The real dashboard on Kestrel on a free loopback port, with its embedded simulator (demo MSP)
/// and a SQLite file of its own, exactly as `dotnet run` starts it but for the port and file.
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corodashboard-e2e-").FullName;

    public DashboardServer() => UseKestrel(0);

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The embedded simulator standing in for Coro.</summary>
    public RunningSimulator Simulator => Services.GetRequiredService<RunningSimulator>();

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public DemoData Demo => new(Simulator.Dataset);

    /// <summary>The workspaces a demo persona was assigned (with their descendants) at start.</summary>
    public async Task<IReadOnlyList<string>> AssignedWorkspacesAsync(string email)
    {
        var assignments = await Services.GetRequiredService<AssignmentStore>().ListAsync();
        return assignments
            .Where(a => string.Equals(a.Subject, email, StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => a.Workspaces.Concat(a.ExactWorkspaces))
            .ToList();
    }

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1").TrimEnd('/') + "/");
    }

    /// <summary>Requests the simulator has served, read from its stats endpoint as an operator would.</summary>
    public async Task<SimulatorCounts> ReadSimulatorStatsAsync()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUrl };
        return (await http.GetFromJsonAsync<SimulatorCounts>("_sim/stats"))!;
    }

    public async Task ResetSimulatorStatsAsync()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUrl };
        (await http.PostAsync("_sim/stats/reset", null)).EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "dashboard.db")}");
        builder.UseSetting("Coro:Simulator:Preset", "demo");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>The simulator's <c>GET /_sim/stats</c> answer.</summary>
public sealed record SimulatorCounts(
    Dictionary<string, long> Requests,
    Dictionary<string, long> ByWorkspace,
    long TokensIssued,
    Dictionary<string, long> Faults)
{
    /// <summary>Data calls: every request but the token endpoint.</summary>
    public long DataCalls => Requests.Where(r => !r.Key.Contains("/oauth/token")).Sum(r => r.Value);
}
