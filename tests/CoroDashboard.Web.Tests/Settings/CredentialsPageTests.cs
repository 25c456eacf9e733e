using Bunit;
using CoroDashboard.Data;
using CoroDashboard.Gateway.Credentials;
using CoroDashboard.Gateway.Results;
using CoroDashboard.Web.Features.Settings;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Settings;

/// <summary>
/// The credentials page over an app of its own: a secret goes in, is stored encrypted, is used by
/// the gateway, and never comes back: not in the markup, not in any component's state.
/// </summary>
public sealed class CredentialsPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private const string AlphaClientId = "tiny-alpha-client";
    private const string AlphaSecret = "tiny-alpha-secret";

    [Fact]
    public async Task A_saved_secret_is_masked_encrypted_and_kept_by_no_component()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<CredentialsSettingsPage>();

        Fill(page, AlphaSecret, submit: false);
        Assert.Contains(page.FindComponents<IComponent>(),
            c => HeldStrings.Of(c.Instance).Contains(AlphaSecret));
        Assert.DoesNotContain(AlphaSecret, page.Markup);
        page.Find("form[data-testid=credential-form]").Submit();
        page.WaitForElement("[data-testid=credential-row]");

        Assert.DoesNotContain(AlphaSecret, page.Markup);
        Assert.Equal(CredentialTable.Mask, page.Find("[data-testid=credential-secret]").TextContent);
        Assert.Equal("", page.Find("#credential-secret").GetAttribute("value") ?? "");
        foreach (var component in page.FindComponents<IComponent>())
            Assert.DoesNotContain(AlphaSecret, HeldStrings.Of(component.Instance));
        Assert.DoesNotContain(AlphaSecret, HeldStrings.Of(page.Instance));

        await using var db = app.Services.GetRequiredService<DashboardContextFactory>().Create();
        var row = await db.Credentials.AsNoTracking().SingleAsync(c => c.ClientId == AlphaClientId);
        Assert.DoesNotContain(AlphaSecret, row.ProtectedSecret);

        Remove(page);
    }

    [Fact]
    public async Task The_gateway_uses_a_stored_credential_and_never_the_token_of_its_old_secret()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<CredentialsSettingsPage>();
        Fill(page, AlphaSecret);
        page.WaitForElement("[data-testid=credential-row]");

        var known = await KnownCredentialsAsync();
        Assert.Contains(known, c => c.ClientId == AlphaClientId && c.WorkspaceId == "ws-alpha");
        Assert.Equal(FetchStatus.Ok, await AlphaOverviewAsync());

        // A wrong secret is a different credential: its token is asked for anew and refused,
        // although the token of the right secret is still valid in the simulator.
        page.Find("[data-testid=credential-replace]").Click();
        page.Find("#replace-secret").Change("not-the-secret");
        page.Find("form[data-testid=replace-secret-form]").Submit();
        page.WaitForAssertion(() =>
            Assert.Contains("replaced", page.Find("[data-testid=credentials-message]").TextContent));
        Assert.NotEqual(FetchStatus.Ok, await AlphaOverviewAsync());
        Assert.Equal(FetchStatus.Ok, await OverviewAsync("ws-bravo"));

        // Without it, ws-alpha is covered by the channel's configured credential again.
        Remove(page);
        Assert.Equal(FetchStatus.Ok, await AlphaOverviewAsync());
    }

    [Fact]
    public async Task A_draft_with_problems_is_not_saved_and_says_why()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<CredentialsSettingsPage>();
        page.WaitForElement("[data-testid=credential-form]");

        page.Find("#credential-name").Input("No secret");
        page.Find("#credential-client-id").Input("some-client");
        page.Find("form[data-testid=credential-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Enter the client secret.",
            page.Find("[data-testid=credential-problems]").TextContent));
        Assert.Contains("Enter the workspace", page.Find("[data-testid=credential-problems]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=credential-row]"));
    }

    [Theory]
    [InlineData("msp-technician")]
    [InlineData("customer-admin")]
    [InlineData("embedded")]
    [InlineData("no-assignment")]
    public async Task Anyone_but_an_msp_admin_is_refused_by_the_page_and_by_the_store_calls(string persona)
    {
        var user = TestPersona.Find(persona)!.CreatePrincipal();
        await using var context = new AppComponentContext(app, user);

        var page = context.RenderPage<CredentialsSettingsPage>();
        page.WaitForElement("[data-testid=settings-forbidden]");
        Assert.Empty(page.FindAll("[data-testid=credential-form]"));

        var settings = context.Services.GetRequiredService<CredentialSettings>();
        var draft = new CredentialDraft
        {
            Name = "sneaky", ClientId = "sneaky-client", ClientSecret = "x", WorkspaceId = "ws-alpha",
        };
        await Assert.ThrowsAsync<SettingsForbiddenException>(() => settings.AddAsync(draft));
        await Assert.ThrowsAsync<SettingsForbiddenException>(() => settings.ListAsync());
        var known = await KnownCredentialsAsync();
        Assert.DoesNotContain(known, c => c.ClientId == "sneaky-client");
    }

    private void Fill(IRenderedComponent<CredentialsSettingsPage> page, string secret, bool submit = true)
    {
        page.WaitForElement("[data-testid=credential-form]");
        page.Find("#credential-name").Input("Alpha Dental's own");
        page.Find("#credential-base-url").Input(app.Simulator.BaseUrl.ToString());
        page.Find("#credential-client-id").Input(AlphaClientId);
        page.Find("#credential-secret").Change(secret);
        page.Find("#credential-workspace").Input("ws-alpha");
        if (submit)
            page.Find("form[data-testid=credential-form]").Submit();
    }

    private static void Remove(IRenderedComponent<CredentialsSettingsPage> page)
    {
        page.Find("[data-testid=credential-remove]").Click();
        page.WaitForElement("[data-testid=credentials-empty]");
    }

    private Task<FetchStatus> AlphaOverviewAsync() => OverviewAsync("ws-alpha");

    private Task<FetchStatus> OverviewAsync(string workspace) => app.WithGatewayAsync(async gateway =>
        (await gateway.GetOverviewAsync(TestPersona.MspAdmin.CreatePrincipal(), workspace, refresh: true))
            .Status);

    private async Task<IReadOnlyList<CoroCredential>> KnownCredentialsAsync() =>
        await app.Services.GetRequiredService<ICoroCredentialSource>().GetCredentialsAsync(default);
}
