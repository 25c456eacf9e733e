using CoroDashboard.Gateway;
using CoroDashboard.Simulator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Hosting;

/// <summary>
/// The real dashboard in process, over a Coro simulator (tiny dataset) that this factory starts on
/// loopback; the demo sign-in, its personas seeded through the real assignment store; a SQLite
/// file and a Data Protection key ring of its own in a temporary folder; and
/// <see cref="TestSignIn"/> to say who is asking.
/// </summary>
/// <remarks>
/// The app runs in live mode with the simulator's channel credential configured. In simulator
/// mode the app builds its embedded simulator's host before its own, and WebApplicationFactory
/// takes the first host built in the entry point for the app's.
/// Settings are given with <c>UseSetting</c>: they reach the app as command-line arguments, so
/// the configuration Program.cs reads before <c>Build()</c> (database, identity mode, Coro mode)
/// sees them, which <c>ConfigureAppConfiguration</c> would not.
/// The app's entry point is found through any of its types; <c>App</c> is used because the
/// simulator, referenced too, has a public <c>Program</c> of its own.
/// </remarks>
public class DashboardFactory : WebApplicationFactory<CoroDashboard.Web.Components.App>, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corodashboard-web-");

    public RunningSimulator Simulator { get; private set; } = default!;

    public string DatabaseFile => Path.Combine(_folder.FullName, "dashboard.db");

    public async Task InitializeAsync() =>
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions { Preset = "tiny", Seed = 42 });

    /// <summary>The Coro credentials the app is configured with: the simulator's channel one.</summary>
    protected virtual IEnumerable<SimulatorCredential> ConfiguredCredentials() =>
        Simulator.Credentials.Where(c => c.WorkspaceId == "ws-root");

    /// <summary>More settings of a derived factory.</summary>
    protected virtual IEnumerable<(string Key, string Value)> MoreSettings() => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile};Pooling=false");
        builder.UseSetting("Identity:Mode", "Demo");
        builder.UseSetting("Coro:Mode", "Live");
        builder.UseSetting("Coro:ChannelWorkspaceId", "ws-root");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        var index = 0;
        foreach (var credential in ConfiguredCredentials())
        {
            var key = $"Coro:Credentials:{index++}:";
            builder.UseSetting(key + "Name", "simulator " + credential.WorkspaceId);
            builder.UseSetting(key + "BaseUrl", Simulator.BaseUrl.ToString());
            builder.UseSetting(key + "ClientId", credential.ClientId);
            builder.UseSetting(key + "ClientSecret", credential.ClientSecret);
            builder.UseSetting(key + "WorkspaceId", credential.WorkspaceId);
        }

        foreach (var (key, value) in MoreSettings())
            builder.UseSetting(key, value);

        builder.ConfigureTestServices(services =>
        {
            services.AddDataProtection().PersistKeysToFileSystem(_folder.CreateSubdirectory("keys"));
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(options =>
                options.DefaultAuthenticateScheme = TestSignIn.SchemeName);
        });
    }

    /// <summary>A client that does not follow redirects, signed in as the persona (if any).</summary>
    public HttpClient ClientFor(TestPersona persona)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (persona != TestPersona.Anonymous)
            client.DefaultRequestHeaders.Add(TestSignIn.Header, persona.Key);
        return client;
    }

    /// <summary>Runs work against the app's real gateway, in a scope of its own.</summary>
    public async Task<T> WithGatewayAsync<T>(Func<ICoroGateway, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICoroGateway>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Simulator is not null)
            await Simulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}

/// <summary>One app for the test classes that only read from it (and add what they remove again).</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<DashboardFactory>
{
    public const string Name = "Shared dashboard app";
}
