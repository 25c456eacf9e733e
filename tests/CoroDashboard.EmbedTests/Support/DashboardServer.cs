using CoroDashboard.Data.Psa;
using CoroDashboard.Simulator;
using CoroDashboard.Web.Embedding;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.EmbedTests.Support;

/// <summary>
/// The real dashboard over Kestrel on 127.0.0.1 (demo sign-in, a SQLite file of its own) with one
/// PSA integration whose allowed origin is the host page's. The simulator is started here and the
/// dashboard runs in live mode against it: the factory takes over the first host the process
/// builds, which would otherwise be the simulator the dashboard starts itself. (Any type of the
/// web assembly names it to the factory; both assemblies have a Program.)
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<FramingPolicy>, IAsyncLifetime
{
    public const string Secret = "embed-tests-signing-secret";
    public const string Company = "psa-company-42";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corodashboard-embed-e2e-");

    /// <summary>The PSA's page, on another site (localhost) than the dashboard (127.0.0.1).</summary>
    public HostPage AllowedHost { get; } = new();

    /// <summary>A page on an origin the integration does not list.</summary>
    public HostPage OtherHost { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public Guid IntegrationId { get; private set; }

    /// <summary>The customer the PSA company is mapped to: the one with the most devices.</summary>
    public string WorkspaceId { get; private set; } = "";

    public string OtherWorkspaceId { get; private set; } = "";

    public int DeviceCount { get; private set; }

    private RunningSimulator _simulator = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Database:ConnectionString",
            $"Data Source={_folder.FullName}/dashboard.db;Pooling=false");
        builder.UseSetting("Coro:Mode", "Live");
        for (var i = 0; i < _simulator.Credentials.Count; i++)
        {
            var credential = _simulator.Credentials[i];
            builder.UseSetting($"Coro:Credentials:{i}:Name", $"simulator-{i + 1}");
            builder.UseSetting($"Coro:Credentials:{i}:BaseUrl", _simulator.BaseUrl.ToString());
            builder.UseSetting($"Coro:Credentials:{i}:ClientId", credential.ClientId);
            builder.UseSetting($"Coro:Credentials:{i}:ClientSecret", credential.ClientSecret);
            builder.UseSetting($"Coro:Credentials:{i}:WorkspaceId", credential.WorkspaceId);
        }
        // A dropped circuit is forgotten at once, as it is after the retention period or a
        // restart, so a test can drop one without waiting minutes.
        builder.ConfigureTestServices(services => services.Configure<CircuitOptions>(circuits =>
        {
            circuits.DisconnectedCircuitMaxRetained = 0;
            circuits.PersistedCircuitInMemoryMaxRetained = 0;
        }));
        UseKestrel(0);
    }

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorApp.StartAsync(
            new SimulatorOptions { Preset = "demo", Seed = 42 }, "http://127.0.0.1:0");
        await AllowedHost.StartAsync();
        await OtherHost.StartAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = new Uri(addresses.Addresses.First()
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        var customers = _simulator.Dataset.Workspaces
            .Where(w => w.Info.Type.Known == CoroDashboard.Coro.Wire.WorkspaceType.Child && !w.IsArchived)
            .OrderByDescending(w => w.Devices.Count)
            .ToList();
        WorkspaceId = customers[0].Id;
        OtherWorkspaceId = customers[1].Id;
        DeviceCount = customers[0].Devices.Count;

        var store = Services.GetRequiredService<PsaIntegrationStore>();
        IntegrationId = await store.AddAsync("Test PSA", PsaKind.ConnectWise, [AllowedHost.Origin], Secret);
        await store.MapCompanyAsync(IntegrationId, Company, WorkspaceId);
    }

    /// <summary>A fresh absolute launch URL for the mapped company.</summary>
    public string LaunchUrl(string company = Company)
    {
        var expires = DateTimeOffset.UtcNow.AddMinutes(4).ToUnixTimeSeconds();
        var link = new LaunchLink(
            IntegrationId, company, SubjectIsWorkspace: false, expires, LaunchLinks.NewNonce());
        return new Uri(BaseUrl, LaunchLinks.ToUrl(link, Secret)).ToString();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _simulator.DisposeAsync();
        await AllowedHost.DisposeAsync();
        await OtherHost.DisposeAsync();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temporary folder is cleaned later.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
