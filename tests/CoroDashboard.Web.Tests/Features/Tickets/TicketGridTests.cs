using Bunit;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Tickets;
using CoroDashboard.Web.Tests.Features.Lists.Support;
using MudBlazor;

namespace CoroDashboard.Web.Tests.Features.Tickets;

/// <summary>Tickets with values Coro added after this dashboard was written; the ticket filters.</summary>
public sealed class TicketGridTests : ListContext
{
    private readonly StubGateway _gateway = new();
    private readonly List<ListQuery> _queries = [];

    public TicketGridTests() => UseGateway(_gateway);

    private IRenderedComponent<TicketGrid> Open(IReadOnlyList<Ticket> tickets, string query = "")
    {
        _gateway.Tickets = (q, _) =>
        {
            lock (_queries)
                _queries.Add(q);
            return Task.FromResult(StubGateway.Answer(q, tickets));
        };
        OpenAt($"/w/{StubGateway.Workspace}/tickets{query}");
        var grid = RenderList<TicketGrid>(p => p.Add(g => g.WorkspaceId, StubGateway.Workspace));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("tbody a[data-item]")));
        return grid;
    }

    private static Ticket[] Tickets(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Ticket
        {
            Id = $"t-{i:D4}",
            EventTrigger = i == 137 ? new WireEnum<TicketType>("partner") : TicketType.EmailPhishing,
            ModuleName = i == 137
                ? new WireEnum<ProtectionModule>("decommissioned")
                : ProtectionModule.EmailSecurity,
            Processed = i % 2 == 0,
            CreationTime = DateTimeOffset.FromUnixTimeMilliseconds(1_642_063_192_000),
        })];

    [Fact]
    public void A_page_with_an_unknown_type_renders_every_row_and_shows_the_raw_value()
    {
        var grid = Open(Tickets(500), "?size=100&page=2");

        var rows = grid.FindAll("tbody tr");
        Assert.Equal(100, rows.Count);
        var odd = rows.Single(row => row.QuerySelector("a[data-item=t-0137]") is not null).TextContent;
        Assert.Contains("Unknown (partner)", odd);
        Assert.Contains("Unknown (decommissioned)", odd);
        var usual = rows.Single(row => row.QuerySelector("a[data-item=t-0138]") is not null).TextContent;
        Assert.Contains("Email phishing", usual);
        Assert.Contains("Email security", usual);
        Assert.Contains("Closed", usual);
    }

    [Fact]
    public void A_filter_value_from_a_link_that_the_dashboard_does_not_know_is_sent_and_shown()
    {
        var grid = Open(Tickets(3), "?type=partner&ticketState=open");

        var query = Assert.Single(_queries);
        Assert.Equal("partner", query.Filters![ListFilters.TicketType]);
        Assert.Equal("open", query.Filters[ListFilters.TicketState]);
        var type = grid.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Type");
        Assert.Equal("Unknown (partner)", type.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void Filters_by_component_type_and_status_use_the_gateway_names_and_wire_values()
    {
        var grid = Open(Tickets(3));

        Pick(grid, "Component", "endpointSecurity");
        grid.WaitForAssertion(() => Assert.Equal(2, _queries.Count));
        Pick(grid, "Type", "malwareOnEndpoint");
        grid.WaitForAssertion(() => Assert.Equal(3, _queries.Count));
        Pick(grid, "Status", "closed");
        grid.WaitForAssertion(() => Assert.Equal(4, _queries.Count));

        Assert.Equal(
            new Dictionary<string, string>
            {
                [ListFilters.Module] = "endpointSecurity",
                [ListFilters.TicketType] = "malwareOnEndpoint",
                [ListFilters.TicketState] = "closed",
            },
            _queries[^1].Filters);
        grid.WaitForAssertion(() => Assert.Equal("closed", UrlQuery().GetValueOrDefault("ticketState")));
        Assert.Equal("endpointSecurity", UrlQuery()["module"]);
        Assert.Equal("malwareOnEndpoint", UrlQuery()["type"]);
    }

    [Fact]
    public void Sorting_by_created_sends_the_api_field_name()
    {
        var grid = Open(Tickets(3));

        grid.FindAll(".sortable-column-header").First(h => h.TextContent.Trim() == "Created").Click();

        grid.WaitForAssertion(() => Assert.Equal(2, _queries.Count));
        Assert.Equal("creationTime", _queries[1].SortBy);
    }

    private static void Pick(IRenderedComponent<TicketGrid> grid, string label, string value)
    {
        var select = grid.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }
}
