using Bunit;
using CoroDashboard.Data.Psa;
using CoroDashboard.Web.Features.Settings.Psa;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Settings;

/// <summary>
/// The PSA settings page keeps rendering once integrations exist: with no company mapped, with a
/// mapped company, and with a launch URL generated for it. Each of these renders the card's
/// company mapping row and launch panel, which an empty page never reaches.
/// </summary>
public sealed class PsaSettingsPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private static readonly string Secret = new('k', PsaSettings.MinimumSecretLength);

    [Fact]
    public async Task An_integration_without_companies_renders_its_card_and_the_add_form()
    {
        var id = await AddIntegrationAsync("Unmapped PSA");
        await using var context = NewContext();

        var page = context.RenderPage<PsaSettingsPage>();

        var card = page.WaitForElement($"[data-testid=psa-integration]:has(code:contains('{id}'))");
        Assert.Contains("Unmapped PSA", card.TextContent);
        Assert.Contains("https://psa-unmapped-psa.example.test", card.TextContent);
        Assert.Contains(card.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Map");
        Assert.Contains("Add an integration", page.Markup);
        Assert.DoesNotContain(Secret, page.Markup);
    }

    [Fact]
    public async Task A_mapped_company_is_listed_and_its_launch_url_is_shown_when_generated()
    {
        var id = await AddIntegrationAsync("Mapped PSA");
        await MapAsync(id, "company-17", TestPersona.CustomerWorkspace);
        await using var context = NewContext();

        var page = context.RenderPage<PsaSettingsPage>();
        var card = page.WaitForElement($"[data-testid=psa-integration]:has(code:contains('{id}'))");
        Assert.Contains("company-17", card.TextContent);
        Assert.Contains(TestPersona.CustomerWorkspace, card.TextContent);

        card.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Launch URL").Click();

        var url = page.WaitForElement("[data-testid=launch-url]").TextContent;
        Assert.StartsWith("http://localhost/", url);
        Assert.DoesNotContain(Secret, url);
        Assert.Equal("company-17", page.Find("[data-testid=psa-integration] strong").TextContent);
        Assert.NotEmpty(page.Find("[data-testid=psa-integration] time").GetAttribute("datetime") ?? "");
    }

    [Fact]
    public async Task An_integration_saved_from_the_form_appears_on_the_page_that_saved_it()
    {
        await using var context = NewContext();
        var page = context.RenderPage<PsaSettingsPage>();
        const string Form = "[data-testid=psa-integration-form]";
        page.WaitForElement(Form);

        page.Find($"{Form} input:not([type=password])").Change("Typed PSA");
        page.Find($"{Form} textarea").Change("https://typed.example.test");
        page.Find($"{Form} input[type=password]").Change(Secret);
        page.FindAll($"{Form} button").Single(b => b.TextContent.Trim() == "Save").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=psa-integration]"),
            card => card.TextContent.Contains("Typed PSA")));
        Assert.DoesNotContain(Secret, page.Markup);
    }

    private AppComponentContext NewContext()
    {
        var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        context.Services.AddSingleton(app.Services.GetRequiredService<PsaIntegrationStore>());
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddScoped<PsaSettings>();
        return context;
    }

    private async Task<Guid> AddIntegrationAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<PsaSettings>();
        var admin = TestPersona.MspAdmin.CreatePrincipal();
        var origin = $"https://psa-{name.Replace(' ', '-').ToLowerInvariant()}.example.test";
        Assert.Empty(await settings.SaveAsync(admin,
            new PsaIntegrationDraft(null, name, PsaKind.ConnectWise, origin, Secret)));
        return (await settings.ListAsync(admin)).Single(i => i.Name == name).Id;
    }

    private async Task MapAsync(Guid id, string companyId, string workspaceId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<PsaSettings>();
        Assert.Null(await settings.MapAsync(
            TestPersona.MspAdmin.CreatePrincipal(), id, companyId, workspaceId));
    }
}
