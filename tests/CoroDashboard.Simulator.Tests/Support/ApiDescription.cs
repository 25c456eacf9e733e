using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CoroDashboard.Simulator.Tests.Support;

/// <summary>
/// The API description in <c>Api/coro-public-api-v1.yaml</c>, read with YamlDotNet: its operations
/// and, for each, JSON schemas (JsonSchema.Net) for the request body and every documented answer.
/// <c>#/components/schemas/X</c> references are resolved by moving the component schemas to
/// <c>$defs</c> in each schema built.
/// </summary>
public sealed class ApiDescription
{
    private const string SchemaRefPrefix = "#/components/schemas/";
    private static readonly Lazy<ApiDescription> Shared = new(() => new ApiDescription(
        Path.Combine(AppContext.BaseDirectory, "Api", "coro-public-api-v1.yaml")));

    private readonly JsonObject _document;
    private readonly JsonObject _defs;
    private readonly ConcurrentDictionary<string, JsonSchema> _built = new();

    private ApiDescription(string path)
    {
        _document = YamlJson.Read(path)!.AsObject();
        _defs = (JsonObject)RewriteRefs(_document["components"]!["schemas"]!.DeepClone());
        foreach (var (name, schema) in Readings)
            _defs[name] = JsonNode.Parse(schema);
        Operations = ReadOperations();
    }

    /// <summary>
    /// Component schemas read differently from the file, each where the notes beside it say the
    /// shape was never seen. Error items: the notes call their shape unknown and the file guesses
    /// objects; the simulator sends strings (the client reads strings and objects alike).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Readings = new Dictionary<string, string>
    {
        ["ErrorItem"] = """{"type": ["string", "object"]}""",
    };

    public static ApiDescription Load() => Shared.Value;

    public IReadOnlyList<ApiOperation> Operations { get; }

    public ApiOperation Operation(string method, string pathTemplate) =>
        Operations.Single(o => o.Method == method && o.PathTemplate == pathTemplate);

    /// <summary>Finds the operation a concrete request path (no query) belongs to, if any.</summary>
    public ApiOperation? Match(string method, string path) =>
        Operations.Where(o => o.Method == method && o.Matches(path))
            .OrderBy(o => o.PathTemplate.Count(c => c == '{'))
            .FirstOrDefault();

    /// <summary>The schema of a documented answer's JSON body; null when the answer has no body.</summary>
    public JsonSchema? ResponseSchema(ApiOperation operation, int status)
    {
        var response = ResolveResponse(operation.Node["responses"]?[status.ToString()])
            ?? throw new InvalidOperationException($"{operation} documents no {status} answer");
        var content = response["content"]?.AsObject().FirstOrDefault().Value;
        return content?["schema"] is { } schema ? Build(schema) : null;
    }

    /// <summary>The media type of a documented answer ("application/json", "application/problem+json").</summary>
    public string? ResponseMediaType(ApiOperation operation, int status) =>
        ResolveResponse(operation.Node["responses"]?[status.ToString()])?["content"]?.AsObject()
            .FirstOrDefault().Key;

    public JsonSchema? RequestSchema(ApiOperation operation) =>
        operation.Node["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? Build(schema) : null;

    public JsonSchema Component(string name) => Build(new JsonObject { ["$ref"] = SchemaRefPrefix + name });

    private JsonNode? ResolveResponse(JsonNode? response) =>
        response?["$ref"]?.GetValue<string>() is { } reference
            ? _document["components"]!["responses"]![reference.Split('/')[^1]]
            : response;

    private JsonSchema Build(JsonNode schema)
    {
        var text = schema.ToJsonString();
        return _built.GetOrAdd(text, _ =>
        {
            var root = (JsonObject)RewriteRefs(schema.DeepClone());
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = _defs.DeepClone();
            return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        });
    }

    private static JsonNode RewriteRefs(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "$ref" && value?.GetValue<string>() is { } reference
                        && reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
                        obj[name] = "#/$defs/" + reference[SchemaRefPrefix.Length..];
                    else if (value is not null)
                        RewriteRefs(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (item is not null)
                        RewriteRefs(item);
                break;
        }
        return node;
    }

    private List<ApiOperation> ReadOperations()
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in _document["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var (method, op) in item.AsObject())
            {
                if (method == "parameters")
                    continue;
                var parameters = shared.Concat(op!["parameters"]?.AsArray() ?? [])
                    .Select(p => ResolveParameter(p!))
                    .ToList();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, op!["operationId"]!.GetValue<string>(),
                    op.AsObject(), parameters));
            }
        }
        return operations;
    }

    private ApiParameter ResolveParameter(JsonNode parameter)
    {
        var node = parameter["$ref"]?.GetValue<string>() is { } reference
            ? _document["components"]!["parameters"]![reference.Split('/')[^1]]!
            : parameter;
        return new ApiParameter(
            node["name"]!.GetValue<string>(),
            node["in"]!.GetValue<string>(),
            node["required"]?.GetValue<bool>() ?? false,
            node["schema"] is { } schema ? Build(schema) : null);
    }
}

public sealed record ApiParameter(string Name, string In, bool Required, JsonSchema? Schema);

public sealed record ApiOperation(
    string Method, string PathTemplate, string OperationId, JsonObject Node, IReadOnlyList<ApiParameter> Parameters)
{
    public string Route => $"{Method} {PathTemplate}";

    public bool Matches(string path)
    {
        var template = PathTemplate.Split('/');
        var actual = path.Split('/');
        return template.Length == actual.Length
            && template.Zip(actual).All(pair => pair.First.StartsWith('{') || pair.First == pair.Second);
    }

    public override string ToString() => $"{Route} ({OperationId})";
}

/// <summary>Validation of JSON against a schema, with readable failures.</summary>
public static class SchemaAssert
{
    public static void Valid(JsonSchema schema, JsonElement instance, string what)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return;
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(12);
        Assert.Fail($"{what} does not match the API description:\n{string.Join("\n", problems)}\n"
            + $"Body: {Cut(instance.GetRawText())}");
    }

    private static string Cut(string text) => text.Length <= 1500 ? text : text[..1500] + "...";
}
