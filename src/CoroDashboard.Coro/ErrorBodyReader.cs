using System.Text.Json;

namespace CoroDashboard.Coro;

/// <summary>
/// Reads what it can from an error body, field by field, so one field of an unexpected type (a
/// timestamp in another format, <c>errors</c> as a field map instead of a list) never costs the
/// title and trace id. Anything that is not a JSON object reads as nothing.
/// </summary>
internal static class ErrorBodyReader
{
    public static (string? Title, IReadOnlyList<string> Errors, string? TraceId) Read(string raw)
    {
        var text = raw.AsSpan().TrimStart();
        if (text.IsEmpty || text[0] != '{')
            return (null, [], null);
        try
        {
            using var document = JsonDocument.Parse(raw);
            var body = document.RootElement;
            return (Text(body, "title"), Errors(body), Text(body, "traceId"));
        }
        catch (JsonException)
        {
            return (null, [], null);
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IReadOnlyList<string> Errors(JsonElement body)
    {
        if (!body.TryGetProperty("errors", out var errors))
            return [];
        return errors.ValueKind switch
        {
            JsonValueKind.Array => [.. errors.EnumerateArray().Select(ItemText).Where(IsPresent)],
            JsonValueKind.Object => [.. errors.EnumerateObject().SelectMany(FieldTexts).Where(IsPresent)],
            _ => [],
        };
    }

    // A field map ({"pageSize": ["too small"]}) is how ASP.NET-style validators report errors.
    private static IEnumerable<string> FieldTexts(JsonProperty field) =>
        field.Value.ValueKind == JsonValueKind.Array
            ? field.Value.EnumerateArray().Select(item => $"{field.Name}: {ItemText(item)}")
            : [$"{field.Name}: {ItemText(field.Value)}"];

    private static string ItemText(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString() ?? "",
        JsonValueKind.Object when item.TryGetProperty("message", out var message)
            && message.ValueKind == JsonValueKind.String => message.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => item.GetRawText(),
    };

    private static bool IsPresent(string text) => text.Length > 0;
}
