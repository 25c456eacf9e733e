using System.Text.Json;
using System.Text.Json.Nodes;
using CoroDashboard.Simulator.Tests.Support;

namespace CoroDashboard.Simulator.Tests.Contract;

/// <summary>The client's requests, as captured on the wire, against the API description.</summary>
public sealed class RequestContractTests(ClientExchanges exchanges) : IClassFixture<ClientExchanges>
{
    private readonly ApiDescription _api = ApiDescription.Load();

    [Fact]
    public void Every_client_request_names_a_described_path_and_method()
    {
        var unmatched = exchanges.All.Where(e => _api.Match(e.Method, e.Uri.AbsolutePath) is null)
            .Select(e => $"{e.Method} {e.Uri.AbsolutePath}");
        Assert.Empty(unmatched);
    }

    [Fact]
    public void Every_client_request_carries_the_required_headers()
    {
        foreach (var exchange in exchanges.All)
        {
            var operation = _api.Match(exchange.Method, exchange.Uri.AbsolutePath)!;
            foreach (var header in operation.Parameters.Where(p => p.In == "header" && p.Required))
                Assert.True(exchange.Headers.ContainsKey(header.Name), $"{operation} was sent without {header.Name}");
            var secured = operation.Node["security"] is not JsonArray { Count: 0 };
            Assert.Equal(secured, exchange.Headers.TryGetValue("Authorization", out var auth) && auth.StartsWith("Bearer "));
        }
    }

    [Fact]
    public void Every_client_query_parameter_is_described_and_valid()
    {
        foreach (var exchange in exchanges.All)
        {
            var operation = _api.Match(exchange.Method, exchange.Uri.AbsolutePath)!;
            foreach (var (name, value) in Query(exchange.Uri))
            {
                var parameter = operation.Parameters.SingleOrDefault(p => p.In == "query" && p.Name == name);
                Assert.True(parameter is not null, $"{operation} was sent the undescribed query parameter {name}");
                SchemaAssert.Valid(parameter.Schema!, Typed(parameter, value), $"{operation} query {name}={value}");
            }
        }
    }

    [Fact]
    public void Every_client_request_body_matches_its_schema()
    {
        foreach (var exchange in exchanges.All)
        {
            var operation = _api.Match(exchange.Method, exchange.Uri.AbsolutePath)!;
            var schema = _api.RequestSchema(operation);
            if (schema is null)
            {
                Assert.True(string.IsNullOrEmpty(exchange.RequestBody), $"{operation} takes no body but was sent one");
                continue;
            }
            Assert.Equal("application/json", exchange.ContentType?.MediaType);
            using var body = JsonDocument.Parse(exchange.RequestBody!);
            SchemaAssert.Valid(schema, body.RootElement, $"The request body of {operation}");
        }
    }

    private static IEnumerable<(string Name, string Value)> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair.ElementAtOrDefault(1) ?? "")));

    /// <summary>Reads a query value the way the description types it (form style, comma separated arrays).</summary>
    private static JsonElement Typed(ApiParameter parameter, string value)
    {
        JsonNode node = long.TryParse(value, out var number) ? JsonValue.Create(number)
            : bool.TryParse(value, out var flag) ? JsonValue.Create(flag)
            : JsonValue.Create(value);
        if (parameter.Name == "eventTriggers")
            node = new JsonArray([.. value.Split(',').Select(v => (JsonNode)JsonValue.Create(v))]);
        return JsonSerializer.SerializeToElement(node);
    }
}
