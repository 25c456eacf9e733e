using System.Net;
using System.Text.RegularExpressions;
using CoroDashboard.Data.Psa;
using CoroDashboard.Simulator;
using CoroDashboard.Web.Embedding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Embedding.Support;

/// <summary>
/// The whole dashboard in memory (demo sign-in, a SQLite file of its own) in live mode against a
/// simulator started here first: the factory takes over the first host the process builds, which
/// would otherwise be the simulator the dashboard starts itself. One PSA integration is set up.
/// </summary>
public sealed partial class DashboardHost : WebApplicationFactory<FramingPolicy>, IAsyncLifetime
{
    public const string Secret = "web-tests-signing-secret-0123456789";
    public const string Company = "psa-company-7";
    public const string PsaOrigin = "https://psa.example-msp.test";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corodashboard-embed-web-");
    private RunningSimulator _simulator = null!;

    public Guid IntegrationId { get; private set; }

    public string WorkspaceId { get; private set; } = "";

    public string OtherWorkspaceId { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
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
    }

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorApp.StartAsync(
            new SimulatorOptions { Preset = "tiny", Seed = 7 }, "http://127.0.0.1:0");
        var customers = _simulator.Dataset.Workspaces
            .Where(w => w.Info.Type.Known == CoroDashboard.Coro.Wire.WorkspaceType.Child)
            .ToList();
        WorkspaceId = customers[0].Id;
        OtherWorkspaceId = customers[1].Id;

        var store = Services.GetRequiredService<PsaIntegrationStore>();
        IntegrationId = await store.AddAsync("Test PSA", PsaKind.Autotask, [PsaOrigin], Secret);
        await store.MapCompanyAsync(IntegrationId, Company, WorkspaceId);
    }

    /// <summary>
    /// A client over https (the cookies are Secure) that shows redirects instead of following them.
    /// </summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public LaunchLink Link(string company = Company, TimeSpan? expiresIn = null) => new(
        IntegrationId, company, SubjectIsWorkspace: false,
        DateTimeOffset.UtcNow.Add(expiresIn ?? TimeSpan.FromMinutes(4)).ToUnixTimeSeconds(),
        LaunchLinks.NewNonce());

    /// <summary>Opens an embedded session in <paramref name="client"/> as the PSA frame would.</summary>
    public async Task LaunchAsync(HttpClient client)
    {
        var launched = await client.GetAsync(LaunchLinks.ToUrl(Link(), Secret));
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.StartsWith(
            EmbeddedRoutes.SessionCheck, launched.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Signs in a demo persona through the sign-in page's own form.</summary>
    public static async Task SignInAsync(HttpClient client, string persona)
    {
        var page = await client.GetStringAsync("/signin");
        var fields = HiddenInput().Matches(page).ToDictionary(
            m => m.Groups["name"].Value,
            m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Persona"] = persona;
        var posted = await client.PostAsync("/signin", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _simulator.DisposeAsync();
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
