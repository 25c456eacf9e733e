using System.Net;
using System.Text.Json;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Contract;

/// <summary>The simulator's answers against the API description, for every operation.</summary>
public sealed class ResponseContractTests(ClientExchanges exchanges) : IClassFixture<ClientExchanges>
{
    private readonly ApiDescription _api = ApiDescription.Load();

    public static TheoryData<string> Routes => [.. ApiDescription.Load().Operations.Select(o => o.Route)];

    public static TheoryData<string> WorkspaceRoutes =>
        [.. ApiDescription.Load().Operations.Where(o => o.PathTemplate.StartsWith("/v1/")).Select(o => o.Route)];

    public static TheoryData<string> ItemRoutes =>
        [.. ApiDescription.Load().Operations.Where(o => o.PathTemplate.Contains('{')).Select(o => o.Route)];

    [Fact]
    public void Every_successful_answer_matches_its_documented_schema()
    {
        var checkedRoutes = new HashSet<string>();
        foreach (var exchange in exchanges.All.Where(e => e.Status < 400))
        {
            var operation = _api.Match(exchange.Method, exchange.Uri.AbsolutePath)!;
            Assert.True(operation.Node["responses"]![exchange.Status.ToString()] is not null,
                $"{operation} answered {exchange.Status}, which the description does not list");
            var schema = _api.ResponseSchema(operation, exchange.Status);
            if (schema is null)
            {
                Assert.True(exchange.ResponseBody.Length == 0, $"{operation} should answer without a body");
            }
            else
            {
                Assert.Equal(_api.ResponseMediaType(operation, exchange.Status), exchange.ResponseMediaType);
                using var body = JsonDocument.Parse(exchange.ResponseBody);
                SchemaAssert.Valid(schema, body.RootElement, $"The {exchange.Status} answer of {operation}");
            }
            checkedRoutes.Add(operation.Route);
        }
        Assert.Equal(43, checkedRoutes.Count);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_call_without_a_valid_token_gets_a_documented_401(string route)
    {
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var operation = Operation(route);

        using var response = operation.PathTemplate == "/oauth/token"
            ? await raw.SendAsync(HttpMethod.Post, "/oauth/token", null, null,
                JsonSerializer.Serialize(RawApi.TokenBody(simulator.RootCredential().ClientId, "wrong-secret")))
            : await raw.SendAsync(new HttpMethod(operation.Method), Concrete(operation), Simulators.Alpha, "not-a-token", "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertDocumentedProblemAsync(operation, response, 401);
    }

    [Theory]
    [MemberData(nameof(WorkspaceRoutes))]
    public async Task A_call_for_a_workspace_out_of_reach_gets_a_documented_403(string route)
    {
        var operation = Operation(route);
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.AlphaCredential());

        using var response = await raw.SendAsync(
            new HttpMethod(operation.Method), Concrete(operation), Simulators.Bravo, token, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertDocumentedProblemAsync(operation, response, 403);
    }

    [Theory]
    [MemberData(nameof(ItemRoutes))]
    public async Task A_call_naming_an_unknown_item_gets_a_404_problem(string route)
    {
        var operation = Operation(route);
        await using var simulator = await Simulators.StartTinyAsync();
        using var raw = new RawApi(simulator);
        var token = await raw.TokenAsync(simulator.RootCredential());

        using var response = await raw.SendAsync(
            new HttpMethod(operation.Method), Concrete(operation), Simulators.Alpha, token, ValidBody(operation));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        SchemaAssert.Valid(_api.Component("ErrorResponse"), body.RootElement, $"The 404 answer of {operation}");
    }

    private ApiOperation Operation(string route) => _api.Operations.Single(o => o.Route == route);

    private async Task AssertDocumentedProblemAsync(ApiOperation operation, HttpResponseMessage response, int status)
    {
        Assert.Equal(_api.ResponseMediaType(operation, status), response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        SchemaAssert.Valid(_api.ResponseSchema(operation, status)!, body.RootElement, $"The {status} answer of {operation}");
        Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(response.Headers.GetValues("X-Coro-Trace-Id").Single(), body.RootElement.GetProperty("traceId").GetString());
        Assert.True(DateTimeOffset.TryParse(body.RootElement.GetProperty("timestamp").GetString(), out _));
    }

    private static string Concrete(ApiOperation operation) =>
        operation.PathTemplate.Replace("{id}", "no-such-item").Replace("{enrollmentCode}", "no-such-device");

    /// <summary>A body the operation accepts, so that only the unknown id can fail the call.</summary>
    private static string? ValidBody(ApiOperation operation) => operation.Route switch
    {
        "POST /v1/devices/{enrollmentCode}/actions" => """{"action":"tamperProtection","value":"enable"}""",
        "PUT /v1/portal-users/{id}" => """{"email":"a@alpha-dental.example.com","role":"Viewer"}""",
        "POST /v1/tickets/{id}/actions" => """{"eventAction":"markAsProcessed"}""",
        "PUT /v1/settings/webhooks/{id}" =>
            """{"name":"n","applyToAllDescendants":false,"url":"https://psa.example-msp.test/h","secret":"s","triggers":["workspaceCreated.v1"]}""",
        _ => null,
    };
}
