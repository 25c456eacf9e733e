using CoroDashboard.Data;
using CoroDashboard.Web.Components;
using CoroDashboard.Web.Shared;
using CoroDashboard.Web.Connection;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Features.Settings;
using CoroDashboard.Web.Hosting;
using CoroDashboard.Web.Identity;
using MudBlazor.Services;

// The app's own folder is the content root, so the repository's appsettings.json (copied there
// at build) is loaded wherever `dotnet run --project src/CoroDashboard.Web` is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.UseLoopbackUrlUnlessConfigured();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddDashboardData(builder.Configuration);
builder.Services.AddDashboardShell();
builder.Services.AddDashboardSettings();
builder.AddDashboardIdentity();
await using var simulator = await builder.AddCoroConnectionAsync();

var app = builder.Build();
await DashboardDatabase.MigrateAsync(app.Services);
await app.GrantBootstrapAdminsAsync(app.Lifetime.ApplicationStopping);
await app.SeedDemoPersonasAsync(app.Lifetime.ApplicationStopping);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseMiddleware<FramingPolicy>();
app.UseBrandAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(server =>
    {
        // FramingPolicy writes frame-ancestors for every response; Blazor's own header would
        // contradict it on embedded routes.
        server.ContentSecurityFrameAncestorsPolicy = null;
    });
app.MapSignInEndpoints();
app.MapEmbeddedLaunch();
app.MapCompanyLinks();
app.AnnounceWhereItRuns(simulator);

await app.RunAsync();
