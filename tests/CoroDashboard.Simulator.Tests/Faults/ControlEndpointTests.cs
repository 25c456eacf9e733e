using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Faults;

public sealed class ControlEndpointTests
{
    [Fact]
    public async Task Stats_count_requests_by_route_template_and_workspace()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());
        var ticket = simulator.Dataset.Find(Simulators.Alpha)!.Tickets[0].Id;

        (await raw.GetAsync($"/v1/tickets/{ticket}", Simulators.Alpha, token)).Dispose();
        (await raw.GetAsync($"/v1/tickets/{ticket}", Simulators.Alpha, token)).Dispose();
        (await raw.GetAsync("/v1/devices", Simulators.Bravo, token)).Dispose();
        using var stats = JsonDocument.Parse(await raw.Http.GetStringAsync("/_sim/stats"));

        var requests = stats.RootElement.GetProperty("requests");
        Assert.Equal(2, requests.GetProperty("GET /v1/tickets/{id}").GetInt64());
        Assert.Equal(1, requests.GetProperty("GET /v1/devices").GetInt64());
        Assert.Equal(1, requests.GetProperty("POST /oauth/token").GetInt64());
        Assert.Equal(2, stats.RootElement.GetProperty("byWorkspace").GetProperty(Simulators.Alpha).GetInt64());
        Assert.Equal(1, stats.RootElement.GetProperty("tokensIssued").GetInt64());
        Assert.Equal(2, simulator.Stats.RequestsFor("GET /v1/tickets/{id}"));
    }

    [Fact]
    public async Task Stats_reset_starts_every_count_from_zero()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        await raw.TokenAsync(simulator.RootCredential());

        using var reset = await raw.Http.PostAsync("/_sim/stats/reset", null);

        Assert.True(reset.IsSuccessStatusCode);
        Assert.Equal(0, simulator.Stats.TotalRequests);
        Assert.Equal(0, simulator.Stats.TokensIssued);
    }

    [Fact]
    public async Task Credentials_endpoint_lists_ids_secrets_and_workspaces()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);

        var credentials = await raw.Http.GetFromJsonAsync<List<SimulatorCredential>>("/_sim/credentials");

        Assert.Equal(simulator.Credentials, credentials);
    }

    [Fact]
    public async Task Faults_put_over_http_take_effect_and_read_back()
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());

        using var put = await raw.Http.PutAsJsonAsync("/_sim/faults",
            new { rateLimitRate = 1.0, retryAfterSeconds = 3, workspaceFaults = new Dictionary<string, string> { ["ws-bravo"] = "hang" } });
        var readBack = await raw.Http.GetFromJsonAsync<FaultSettings>("/_sim/faults");
        using var limited = await raw.GetAsync("/v1/devices", Simulators.Alpha, token);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1.0, readBack!.RateLimitRate);
        Assert.Equal("hang", readBack.WorkspaceFaults["ws-bravo"]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("3", limited.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Faults_bind_from_the_simulator_faults_configuration_section()
    {
        var app = SimulatorApp.Build(
            ["--Simulator:Faults:TokenOutage=true", "--Simulator:Faults:ErrorRate:*=0.25"],
            new SimulatorOptions { Preset = "tiny" });
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Urls.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var faults = await http.GetFromJsonAsync<FaultSettings>("/_sim/faults");

            Assert.True(faults!.TokenOutage);
            Assert.Equal(0.25, faults.ErrorRate["*"]);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
