using System.Net;
using System.Text.Json;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Http;

/// <summary>Headers, paging and bodies: the rules every operation shares.</summary>
public sealed class RequestRuleTests : IAsyncLifetime
{
    private RunningSimulator _simulator = null!;
    private RawApi _raw = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _simulator = await Simulators.StartTinyAsync();
        _raw = new RawApi(_simulator);
        _token = await _raw.TokenAsync(_simulator.RootCredential());
    }

    public async Task DisposeAsync()
    {
        _raw.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Missing_workspace_header_gets_400()
    {
        using var response = await _raw.GetAsync("/v1/devices", workspace: null, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The Workspace header is required", await ErrorsAsync(response));
    }

    [Fact]
    public async Task Bundle_info_needs_no_workspace_header()
    {
        using var response = await _raw.SendAsync(HttpMethod.Post, "/v1/subscriptions/bundleInfo", null, _token,
            """{"bundles":["EMAIL_PROTECTION"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/devices?pageSize=9")]
    [InlineData("/v1/devices?pageSize=501")]
    [InlineData("/v1/tickets?pageSize=0")]
    [InlineData("/v1/users?pageSize=-20")]
    public async Task Page_size_outside_10_to_500_gets_400(string path)
    {
        using var response = await _raw.GetAsync(path, Simulators.Alpha, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["pageSize must be between 10 and 500"], await ErrorsAsync(response));
    }

    [Theory]
    [InlineData("/v1/devices?page=-1")]
    [InlineData("/v1/devices?page=first")]
    public async Task Negative_or_unreadable_page_gets_400(string path)
    {
        using var response = await _raw.GetAsync(path, Simulators.Alpha, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_are_zero_based_with_20_rows_by_default()
    {
        var alpha = _simulator.Dataset.Find(Simulators.Alpha)!;
        var all = alpha.Tickets.Select(t => t.Id).ToList();

        var first = await IdsAsync("/v1/tickets");
        var second = await IdsAsync("/v1/tickets?page=1&pageSize=10");
        var beyond = await IdsAsync("/v1/tickets?page=50&pageSize=10");

        Assert.Equal(all.Take(20), first.Ids);
        Assert.Equal(all.Skip(10).Take(10), second.Ids);
        Assert.Empty(beyond.Ids);
        Assert.All([first.Total, second.Total, beyond.Total], total => Assert.Equal(all.Count, total));
    }

    [Fact]
    public async Task Ticket_filters_combine_processed_module_and_comma_separated_types()
    {
        var alpha = _simulator.Dataset.Find(Simulators.Alpha)!;
        var types = alpha.Tickets.Select(t => t.EventTrigger.Value).Distinct().Take(2).ToArray();
        var expected = alpha.Tickets.Where(t => !t.Processed && types.Contains(t.EventTrigger.Value)).Select(t => t.Id);

        var found = await IdsAsync($"/v1/tickets?pageSize=500&processed=false&eventTriggers={string.Join("%2C", types)}");

        Assert.Equal(expected, found.Ids);
        var module = alpha.Tickets[0].ModuleName.Value;
        var byModule = await IdsAsync($"/v1/tickets?pageSize=500&moduleName={module}");
        Assert.Equal(alpha.Tickets.Where(t => t.ModuleName.Value == module).Select(t => t.Id), byModule.Ids);
    }

    [Theory]
    [InlineData("/v1/tickets?processed=maybe")]
    [InlineData("/v1/tickets?moduleName=antivirus")]
    [InlineData("/v1/tickets?eventTriggers=emailPhishing,notAType")]
    public async Task Unreadable_ticket_filters_get_400(string path)
    {
        using var response = await _raw.GetAsync(path, Simulators.Alpha, _token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/v1/users", "{\"users\": [")]
    [InlineData("PUT", "/v1/users", "not json")]
    [InlineData("POST", "/v1/settings/webhooks", "{\"name\": 5}")]
    [InlineData("POST", "/v1/users", "{}")]
    public async Task Malformed_body_gets_400(string method, string path, string body)
    {
        using var response = await _raw.SendAsync(new HttpMethod(method), path, Simulators.Alpha, _token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_path_gets_a_404_problem()
    {
        using var response = await _raw.GetAsync("/v1/firewalls", Simulators.Alpha, _token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Workspaces_list_is_the_header_workspace_and_everything_below_it_in_one_page()
    {
        using var response = await _raw.GetAsync("/v1/workspaces", Simulators.Root, _token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var items = body.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, body.RootElement.GetProperty("totalElements").GetInt64());
        Assert.Equal([Simulators.Root, Simulators.Alpha, Simulators.Bravo], items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items.Skip(1), i => Assert.Equal("child", i.GetProperty("type").GetString()));
        Assert.All(items, i => Assert.Equal("active", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Workspace_search_filters_by_name()
    {
        var found = await IdsAsync("/v1/workspaces/search?name=bravo", Simulators.Root);

        Assert.Equal([Simulators.Bravo], found.Ids);
    }

    private async Task<(List<string> Ids, long Total)> IdsAsync(string path, string workspace = Simulators.Alpha)
    {
        using var response = await _raw.GetAsync(path, workspace, _token);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        return (ids, body.RootElement.GetProperty("totalElements").GetInt64());
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];
    }
}
