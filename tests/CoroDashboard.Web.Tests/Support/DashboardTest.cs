using Bunit;
using Bunit.TestDoubles;
using CoroDashboard.Data;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Access;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Web.Connection;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CoroDashboard.Web.Tests.Support;

/// <summary>
/// A bUnit context wired like the app: the real gateway over a simulator on loopback, role
/// assignments in a real SQLite file (the demo personas' own, seeded the way the app seeds them),
/// the real scope resolver, and MudBlazor. Tests sign in as a persona.
/// </summary>
public abstract class DashboardTest(SimulatedCoro coro) : IAsyncLifetime
{
    private readonly string _databaseFile =
        Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.db");

    private BunitAuthorizationContext? _authorization;

    protected BunitContext Context { get; } = new();

    protected SimulatedCoro Coro => coro;

    public virtual async Task InitializeAsync()
    {
        var services = Context.Services;
        services.AddLogging();
        services.AddMudServices();
        services.AddDashboardData(new DatabaseOptions { ConnectionString = $"Data Source={_databaseFile}" });
        services.AddSingleton(coro.Running);
        services.AddSingleton<ICoroCredentialSource, SimulatorCredentialSource>();
        services.AddCoroGateway(new ConfigurationBuilder().Build());
        services.AddSingleton<AssignmentScopeResolver>();
        services.AddSingleton<DashboardScopeResolver>();
        services.AddSingleton<IAccessScopeResolver>(p => p.GetRequiredService<DashboardScopeResolver>());
        services.AddSingleton<DemoAssignments>();
        services.AddDashboardShell();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        _authorization = Context.AddAuthorization();

        await DashboardDatabase.MigrateAsync(Context.Services);
        await Context.Services.GetRequiredService<DemoAssignments>().SeedAsync(CancellationToken.None);
        SignInAs(DemoPersonas.MspAdmin);
    }

    /// <summary>Signs the test's user in as a persona, with the claims the demo sign-in issues.</summary>
    protected void SignInAs(DemoPersona persona)
    {
        _authorization!.SetAuthorized(persona.DisplayName);
        _authorization!.SetClaims([.. persona.CreatePrincipal().Claims]);
    }

    /// <summary>The workspaces a persona was assigned at seeding.</summary>
    protected async Task<IReadOnlyList<string>> AssignedWorkspacesAsync(DemoPersona persona)
    {
        var store = Context.Services.GetRequiredService<Data.Assignments.AssignmentStore>();
        return (await store.ListAsync()).Single(a => a.Subject == persona.Email).Workspaces;
    }

    /// <summary>Asks the gateway directly, as a persona, for what a page should show.</summary>
    protected async Task<T> AskGatewayAsync<T>(DemoPersona persona,
        Func<ICoroGateway, System.Security.Claims.ClaimsPrincipal, Task<T>> ask)
    {
        await using var scope = Context.Services.GetRequiredService<IServiceScopeFactory>()
            .CreateAsyncScope();
        return await ask(scope.ServiceProvider.GetRequiredService<ICoroGateway>(), persona.CreatePrincipal());
    }

    /// <summary>Puts the test's browser at a URL (the pages read their state from it).</summary>
    protected void BrowseTo(string relativeUrl) =>
        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>()
            .NavigateTo(relativeUrl);

    protected string CurrentPath =>
        new Uri(Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri)
            .PathAndQuery;

    public virtual async Task DisposeAsync()
    {
        // MudBlazor's services are only asynchronously disposable.
        await Context.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }
}
