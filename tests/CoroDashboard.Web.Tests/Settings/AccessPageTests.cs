using System.Security.Claims;
using Bunit;
using CoroDashboard.Data.Assignments;
using CoroDashboard.Web.Features.Settings;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoroDashboard.Web.Tests.Settings;

/// <summary>
/// The access page over an app of its own: assignments listed with workspace names, added with
/// the workspace picker and then in force, the last MSP admin kept, and non-admins refused.
/// </summary>
public sealed class AccessPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task The_seeded_assignments_are_listed_with_their_workspaces_names()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();

        page.WaitForElement("[data-testid=assignment-row]");
        Assert.Contains("Customer admin (read-only)", RowOf(page, DemoPersonas.CustomerAdmin).TextContent);
        page.WaitForAssertion(() => Assert.Contains("Bravo Logistics (ws-bravo)",
            RowOf(page, DemoPersonas.CustomerAdmin).TextContent));
    }

    [Fact]
    public async Task An_assignment_added_with_the_picker_grants_exactly_that_workspace()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();
        page.WaitForElement("[data-testid=assignment-form]");
        page.WaitForAssertion(() => Assert.Null(page.Find("#pick-subtrees-input").GetAttribute("disabled")));

        page.Find("#assignment-subject").Input("dana@example.test");
        page.Find("#pick-subtrees-input").Input("Alpha");
        var popovers = context.Popovers!;
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"),
            item => item.TextContent.Contains("Alpha Dental", StringComparison.Ordinal)));
        popovers.FindAll(".mud-list-item").First(item => item.TextContent.Contains("Alpha Dental")).Click();
        page.WaitForElement("[data-testid=pick-subtrees] [data-workspace-id=ws-alpha]");
        page.Find("form[data-testid=assignment-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=assignment-subject]"),
            subject => subject.TextContent == "dana@example.test"));
        var dana = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "Dana"), new Claim(ClaimTypes.Email, "Dana@Example.test")], "Test"));
        var tree = await app.WithGatewayAsync(gateway => gateway.GetHierarchyAsync(dana));
        Assert.Equal(["ws-alpha"], tree.Value!.Nodes.Keys);
        var scope = await app.WithGatewayAsync(gateway => gateway.GetScopeAsync(dana).AsTask());
        Assert.False(scope.ReadOnly);
    }

    [Fact]
    public async Task A_draft_without_subject_or_workspace_says_what_is_missing()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();
        page.WaitForElement("[data-testid=assignment-form]");
        var before = page.FindAll("[data-testid=assignment-row]").Count;

        page.Find("#assignment-subject").Input("not an email");
        page.Find("form[data-testid=assignment-form]").Submit();

        var problems = page.WaitForElement("[data-testid=assignment-problems]").TextContent;
        Assert.Contains("email or their Entra object id", problems);
        Assert.Contains("Pick at least one workspace.", problems);
        Assert.Equal(before, page.FindAll("[data-testid=assignment-row]").Count);
    }

    [Fact]
    public async Task The_last_msp_admin_assignment_cannot_be_removed()
    {
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();
        page.WaitForElement("[data-testid=assignment-row]");

        AdminRow(page).QuerySelector("[data-testid=assignment-remove]")!.Click();
        page.WaitForElement("[data-testid=assignment-remove-confirm]").Click();

        page.WaitForAssertion(() => Assert.Contains("last MSP admin assignment",
            page.Find("[data-testid=access-message]").TextContent));
        Assert.NotNull(AdminRow(page));
        var stored = await app.Services.GetRequiredService<AssignmentStore>().ListAsync();
        Assert.Contains(stored, a => a.Role == DashboardRole.MspAdmin);
    }

    [Theory]
    [InlineData("msp-technician")]
    [InlineData("customer-admin")]
    [InlineData("embedded")]
    [InlineData("no-assignment")]
    public async Task Anyone_but_an_msp_admin_is_refused_by_the_page_and_by_the_store_calls(string persona)
    {
        await using var context = new AppComponentContext(app, TestPersona.Find(persona)!.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();

        page.WaitForElement("[data-testid=settings-forbidden]");
        Assert.Empty(page.FindAll("[data-testid=assignment-row]"));
        var settings = context.Services.GetRequiredService<AssignmentSettings>();
        var grab = new AssignmentDraft
        {
            Subject = "me@example.test", Role = DashboardRole.MspAdmin, Subtrees = ["ws-root"],
        };
        await Assert.ThrowsAsync<SettingsForbiddenException>(() => settings.AddAsync(grab));
        var admin = (await app.Services.GetRequiredService<AssignmentStore>().ListAsync())
            .Single(a => a.Role == DashboardRole.MspAdmin);
        await Assert.ThrowsAsync<SettingsForbiddenException>(() => settings.RemoveAsync(admin.Id));
        Assert.DoesNotContain(await app.Services.GetRequiredService<AssignmentStore>().ListAsync(),
            a => a.Subject == "me@example.test");
    }

    [Fact]
    public async Task Removing_an_assignment_asks_once_more_and_keep_leaves_it_in_force()
    {
        var store = app.Services.GetRequiredService<AssignmentStore>();
        await store.AddAsync(new RoleAssignment
        {
            SubjectKind = SubjectKind.User,
            Subject = "remove.me@example.test",
            Role = DashboardRole.MspTechnician,
            Workspaces = ["ws-alpha"],
        }, "test");
        await using var context = new AppComponentContext(app, TestPersona.MspAdmin.CreatePrincipal());
        var page = context.RenderPage<AccessSettingsPage>();
        page.WaitForElement("[data-testid=assignment-row]");

        Row(page, "remove.me@example.test").QuerySelector("[data-testid=assignment-remove]")!.Click();
        page.WaitForElement("[data-testid=assignment-remove-cancel]").Click();
        Assert.Contains(await store.ListAsync(), a => a.Subject == "remove.me@example.test");

        Row(page, "remove.me@example.test").QuerySelector("[data-testid=assignment-remove]")!.Click();
        page.WaitForElement("[data-testid=assignment-remove-confirm]").Click();
        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("[data-testid=assignment-row]"),
            row => row.TextContent.Contains("remove.me@example.test", StringComparison.Ordinal)));
        Assert.DoesNotContain(await store.ListAsync(), a => a.Subject == "remove.me@example.test");
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<AccessSettingsPage> page, string subject) =>
        page.FindAll("[data-testid=assignment-row]")
            .Single(row => row.TextContent.Contains(subject, StringComparison.Ordinal));

    private static AngleSharp.Dom.IElement AdminRow(IRenderedComponent<AccessSettingsPage> page) =>
        RowOf(page, DemoPersonas.MspAdmin);

    private static AngleSharp.Dom.IElement RowOf(
        IRenderedComponent<AccessSettingsPage> page, DemoPersona persona) =>
        page.FindAll("[data-testid=assignment-row]")
            .Single(row => row.TextContent.Contains(persona.Email, StringComparison.Ordinal));
}
