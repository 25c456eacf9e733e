using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoroDashboard.Coro.Wire;
using Microsoft.Extensions.Logging;
using Refit;

namespace CoroDashboard.Coro;

/// <summary>
/// Reads and writes Coro's JSON with <see cref="CoroJson.Options"/>. An empty success body reads
/// as the type's default rather than failing, and each enum value Coro sends that this client does
/// not know is logged once per enum type.
/// </summary>
public sealed partial class CoroContentSerializer(ILogger<CoroContentSerializer> logger)
    : IHttpContentSerializer
{
    private readonly HashSet<Type> _reportedEnums = [];

    public HttpContent ToHttpContent<T>(T item)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(item, CoroJson.TypeInfo<T>());
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public async Task<T?> FromHttpContentAsync<T>(
        HttpContent content,
        CancellationToken cancellationToken = default)
    {
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (IsBlank(bytes))
            return EmptyValue<T>();

        using var unknown = UnknownWireValues.Collect();
        var value = JsonSerializer.Deserialize(bytes, CoroJson.TypeInfo<T>());
        ReportUnknown(unknown.Seen);
        return value;
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(propertyInfo.Name);

    private void ReportUnknown(IReadOnlyList<(Type EnumType, string Value)> seen)
    {
        foreach (var (enumType, value) in seen)
        {
            bool first;
            lock (_reportedEnums)
                first = _reportedEnums.Add(enumType);
            if (first)
                LogUnknownEnumValue(enumType.Name, value);
        }
    }

    // A list or a page that came back without a body has nothing in it; anything else has no value.
    private static T? EmptyValue<T>()
    {
        var typeInfo = CoroJson.TypeInfo<T>();
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable)
            return JsonSerializer.Deserialize("[]"u8, typeInfo);
        if (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(Page<>))
            return JsonSerializer.Deserialize("{}"u8, typeInfo);
        return default;
    }

    private static bool IsBlank(byte[] bytes) =>
        bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0;

    [LoggerMessage(EventId = 1001, EventName = "UnknownEnumValue", Level = LogLevel.Warning,
        Message = "Coro sent {EnumType} value '{Value}' that this version does not know; "
            + "it is shown as sent")]
    private partial void LogUnknownEnumValue(string enumType, string value);
}
