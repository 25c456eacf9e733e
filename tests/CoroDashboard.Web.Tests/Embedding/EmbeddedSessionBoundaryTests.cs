using System.Net;
using CoroDashboard.Gateway;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Web.Embedding;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Embedding.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoroDashboard.Web.Tests.Embedding;

/// <summary>
/// An embedded session sees its one workspace on the embedded pages and nothing else: no other
/// workspace through the gateway, no page of the full dashboard by address or by navigating
/// inside its circuit.
/// </summary>
[Collection(DashboardHostCollection.Name)]
public sealed class EmbeddedSessionBoundaryTests(DashboardHost host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/workspaces")]
    [InlineData("/settings/psa")]
    [InlineData("/w/{ws}")]
    [InlineData("/w/{ws}/devices")]
    public async Task An_embedded_session_is_sent_to_sign_in_on_pages_of_the_full_dashboard(string path)
    {
        using var client = host.Browser();
        await host.LaunchAsync(client);

        var response = await client.GetAsync(
            path.Replace("{ws}", host.WorkspaceId, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("https://localhost"), response.Headers.Location!);
        Assert.Equal(SignInPaths.SignIn, location.AbsolutePath);
    }

    [Fact]
    public async Task Inside_a_frame_a_page_that_needs_sign_in_sends_to_the_new_tab_offer_instead()
    {
        using var client = host.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/w/{host.WorkspaceId}/devices?page=3");
        request.Headers.Add("Sec-Fetch-Dest", "iframe");

        var response = await client.SendAsync(request);

        var asked = $"/w/{host.WorkspaceId}/devices?page=3";
        Assert.Equal(
            $"{EmbeddedRoutes.SignInNeeded}?returnUrl={Uri.EscapeDataString(asked)}",
            response.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains($"href=\"{asked}\" target=\"_blank\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policies_of_full_dashboard_pages_refuse_an_embedded_principal()
    {
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        var options = host.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        var embedded = Embedded.CreatePrincipal(host.WorkspaceId, host.IntegrationId);

        Assert.False((await authorization.AuthorizeAsync(embedded, null, options.DefaultPolicy)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(embedded, DashboardPolicies.MspAdmin)).Succeeded);
        Assert.False(
            (await authorization.AuthorizeAsync(embedded, DashboardPolicies.HasAssignment)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(embedded, EmbeddedPolicies.Session)).Succeeded);
    }

    [Fact]
    public async Task The_gateway_gives_an_embedded_session_its_workspace_and_forbids_any_other()
    {
        using var scope = host.Services.CreateScope();
        var gateway = scope.ServiceProvider.GetRequiredService<ICoroGateway>();
        var embedded = Embedded.CreatePrincipal(host.WorkspaceId, host.IntegrationId);

        Assert.Equal(FetchStatus.Ok, (await gateway.GetOverviewAsync(embedded, host.WorkspaceId)).Status);
        var other = await gateway.GetOverviewAsync(embedded, host.OtherWorkspaceId);
        Assert.Equal(FetchStatus.Forbidden, other.Status);
        var devices = await gateway.GetDevicesAsync(embedded, new ListQuery(host.OtherWorkspaceId));
        Assert.Equal(FetchStatus.Forbidden, devices.Status);
    }
}
