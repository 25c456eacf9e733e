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
builder.AddCoroConnection();
builder.AddDashboardIdentity();

var app = builder.Build();
await DashboardDatabase.MigrateAsync(app.Services);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseResponseHeaders();
app.UseMiddleware<FramingPolicy>();
app.UseBrandAssets();
app.UseAuthentication();
app.UseEmbeddedSessions();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(server =>
    {
        // FramingPolicy writes frame-ancestors for every response: 'none' outside the embedded
        // routes, 'self' and the launching PSA's origins on them. Blazor's own header is one
        // static value for all pages and would contradict it on embedded routes.
        server.ContentSecurityFrameAncestorsPolicy = null;
    });
app.MapSignInEndpoints();
app.MapEmbedding();
app.MapCompanyLinks();
app.AnnounceWhereItRuns();

await app.RunAsync();
