using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Workspaces;
using CoroDashboard.Simulator;
using CoroDashboard.Web.Features.Overview;
using CoroDashboard.Web.Identity;
using CoroDashboard.Web.Tests.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Overview;

/// <summary>Each test has a simulator of its own, because some make it misbehave.</summary>
public sealed class WorkspaceOverviewPageTests() : DashboardTest(new SimulatedCoro("tiny"))
{
    private const string Alpha = "ws-alpha";
    private const string Bravo = "ws-bravo";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public override async Task InitializeAsync()
    {
        await Coro.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Coro.DisposeAsync();
    }

    private IRenderedComponent<WorkspaceOverviewPage> Open(string workspaceId)
    {
        Context.Render<MudPopoverProvider>();
        return Context.Render<WorkspaceOverviewPage>(p => p.Add(page => page.WorkspaceId, workspaceId));
    }

    [Fact]
    public async Task The_summary_shows_each_component_and_the_open_total()
    {
        var expected = (await AskGatewayAsync(DemoPersonas.MspAdmin, (gateway, user) =>
            gateway.GetOverviewAsync(user, Alpha))).Value!;

        var page = Open(Alpha);
        page.WaitForElement(".ticket-summary", Patience);

        foreach (var component in expected.Components)
        {
            var cells = page.Find($"tr[data-component='{component.Component}'] ").QuerySelectorAll("td");
            Assert.Equal(component.OpenTickets.ToString(), cells[0].TextContent.Trim());
            Assert.Equal(component.ResolvedLast90Days.ToString(), cells[1].TextContent.Trim());
        }
        Assert.Contains($"{expected.Components.Sum(c => c.OpenTickets)} open", page.Markup);
    }

    [Fact]
    public void A_component_that_fails_says_so_in_its_row_and_the_others_still_show()
    {
        Coro.Running.Faults = new FaultSettings
        {
            ErrorRate = new() { ["GET /v1/tickets/summary/emails"] = 1.0 },
            ErrorStatus = 500,
        };

        var page = Open(Alpha);
        page.WaitForElement(".ticket-summary", TimeSpan.FromSeconds(60));

        Assert.Contains("Could not load",
            page.Find($"tr[data-component='{TicketSummaryComponent.Emails}']").TextContent);
        Assert.Empty(page.Find($"tr[data-component='{TicketSummaryComponent.Devices}']")
            .QuerySelectorAll(".component-error"));
    }

    [Fact]
    public void When_a_refresh_fails_the_last_counts_stay_with_a_note_and_the_stale_warning()
    {
        var page = Open(Alpha);
        page.WaitForElement(".ticket-summary", Patience);
        var openBefore = page.Find($"tr[data-component='{TicketSummaryComponent.Emails}'] td")
            .TextContent.Trim();

        Coro.Running.Faults = new FaultSettings { ErrorRate = new() { ["*"] = 1.0 }, ErrorStatus = 503 };
        page.Find("button[aria-label='Refresh this workspace']").Click();

        page.WaitForAssertion(() => Assert.Equal("Stale",
            page.Find("[data-fetch-status]").GetAttribute("data-fetch-status")), TimeSpan.FromSeconds(60));
        var emails = page.Find($"tr[data-component='{TicketSummaryComponent.Emails}']");
        Assert.Equal(openBefore, emails.QuerySelector("td")!.TextContent.Trim());
        Assert.NotNull(emails.QuerySelector(".component-stale"));
    }

    [Fact]
    public void Switching_workspace_never_shows_the_previous_workspace_while_the_next_loads()
    {
        var alphaName = Coro.Dataset.Find(Alpha)!.Info.DisplayName!;
        var bravoName = Coro.Dataset.Find(Bravo)!.Info.DisplayName!;
        var page = Open(Alpha);
        page.WaitForAssertion(() => Assert.Contains(alphaName, page.Find("h1").TextContent), Patience);

        Coro.Running.Faults = new FaultSettings { LatencyMs = 1500 };
        page.Render(p => p.Add(x => x.WorkspaceId, Bravo));

        Assert.DoesNotContain(alphaName, page.Markup);
        Assert.Empty(page.FindAll(".ticket-summary"));
        page.WaitForAssertion(() => Assert.Contains(bravoName, page.Find("h1").TextContent), Patience);
    }

    [Fact]
    public void A_workspace_outside_the_scope_is_refused_with_the_forbidden_state()
    {
        SignInAs(DemoPersonas.CustomerAdmin);

        var page = Open(Coro.Dataset.Root.Id);

        page.WaitForAssertion(() => Assert.Equal("Forbidden",
            page.Find("[data-fetch-status]").GetAttribute("data-fetch-status")), Patience);
        Assert.Empty(page.FindAll(".ticket-summary"));
    }
}
