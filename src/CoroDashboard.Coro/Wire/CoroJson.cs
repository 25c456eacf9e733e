using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// The one set of JSON options for Coro's wire format, shared by the client, the simulator and
/// the tests: camelCase, unknown properties ignored, epoch-millisecond times, and lists that read
/// as empty when Coro leaves them out or sends null (each list property falls back to empty).
/// </summary>
public static class CoroJson
{
    public static JsonSerializerOptions Options => CoroJsonContext.Default.Options;

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, TypeInfo<T>());

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());
}
