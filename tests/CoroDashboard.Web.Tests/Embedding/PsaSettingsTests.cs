using System.Net;
using CoroDashboard.Data.Psa;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Features.Settings.Psa;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Embedding.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Embedding;

/// <summary>
/// The PSA settings decide on the server: only MSP admins change integrations, origins are
/// validated, and a generated launch link really opens the embedded view.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class PsaSettingsTests(DashboardHost host)
{
    private static readonly string GoodSecret = new('s', PsaSettings.MinimumSecretLength);

    [Fact]
    public async Task Only_an_msp_admin_may_list_or_change_integrations()
    {
        using var scope = host.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<PsaSettings>();
        var draft = new PsaIntegrationDraft(
            null, "Sneaky", PsaKind.HaloPsa, "https://evil.example.test", GoodSecret);
        var site = new Uri("https://localhost");

        foreach (var user in new[]
        {
            DemoPersonas.CustomerAdmin.CreatePrincipal(),
            DemoPersonas.Technician.CreatePrincipal(),
            Embedded.CreatePrincipal(host.WorkspaceId, host.IntegrationId),
        })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => settings.ListAsync(user));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => settings.SaveAsync(user, draft));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(
                () => settings.GenerateLaunchAsync(user, host.IntegrationId, DashboardHost.Company, site));
        }
    }

    [Fact]
    public async Task Wildcards_paths_and_plain_http_origins_are_refused_and_nothing_is_saved()
    {
        using var scope = host.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<PsaSettings>();
        var admin = DemoPersonas.MspAdmin.CreatePrincipal();
        var before = (await settings.ListAsync(admin)).Count;

        var problems = await settings.SaveAsync(admin, new PsaIntegrationDraft(
            null, "Broken", PsaKind.ConnectWise,
            "*\nhttps://psa.example.test/pods\nhttp://psa.example.test", "short"));

        Assert.Equal(4, problems.Count);
        Assert.Equal(before, (await settings.ListAsync(admin)).Count);
    }

    [Fact]
    public async Task A_launch_url_generated_for_a_mapped_company_opens_its_embedded_view_once()
    {
        using var scope = host.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<PsaSettings>();
        var admin = DemoPersonas.MspAdmin.CreatePrincipal();
        var problems = await settings.SaveAsync(admin, new PsaIntegrationDraft(
            null, "Generated", PsaKind.ConnectWise, "https://NA.psa.example.test/", GoodSecret));
        Assert.Empty(problems);
        var integration = (await settings.ListAsync(admin)).Single(i => i.Name == "Generated");
        Assert.Equal(["https://na.psa.example.test"], integration.AllowedOrigins);
        Assert.Null(await settings.MapAsync(admin, integration.Id, "cw-1", host.WorkspaceId));

        var launch = await settings.GenerateLaunchAsync(
            admin, integration.Id, "cw-1", new Uri("https://localhost"));

        Assert.NotNull(launch);
        Assert.InRange(
            launch.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), LaunchLinks.MaxLifetime);
        Assert.DoesNotContain(GoodSecret, launch.Url, StringComparison.Ordinal);
        using var client = host.Browser();
        var first = await client.GetAsync(launch.Url);
        Assert.StartsWith(
            EmbeddedRoutes.SessionCheck, first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var again = await client.GetAsync(launch.Url);
        Assert.Equal($"{EmbeddedRoutes.Refused}?reason=Replayed", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_settings_page_is_served_to_an_msp_admin_and_not_to_a_customer_admin()
    {
        using var admin = host.Browser();
        await DashboardHost.SignInAsync(admin, DemoPersonas.MspAdmin.Key);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/settings/psa")).StatusCode);

        using var customer = host.Browser();
        await DashboardHost.SignInAsync(customer, DemoPersonas.CustomerAdmin.Key);
        var refused = await customer.GetAsync("/settings/psa");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var location = new Uri(new Uri("https://localhost"), refused.Headers.Location!);
        Assert.Equal(SignInPaths.NoAccess, location.AbsolutePath);
    }
}
