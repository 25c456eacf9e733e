using Bunit;
using CoroDashboard.Web.Features.Settings;
using CoroDashboard.Web.Tests.Hosting;

namespace CoroDashboard.Web.Tests.Settings;

/// <summary>An MSP admin finds every settings page in the navigation.</summary>
[Collection(SharedApp.Name)]
public sealed class SettingsNavTests(DashboardFactory app)
{
    [Fact]
    public async Task An_msp_admin_sees_access_credentials_and_psa_integrations()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var nav = context.Render<SettingsNav>();

        var links = nav.WaitForElements("[data-testid^=nav-settings-] a, a[data-testid^=nav-settings-]")
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/settings/access", "/settings/credentials", "/settings/psa"], links);
        Assert.Contains("PSA integrations", nav.Markup);
    }
}
