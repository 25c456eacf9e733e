using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// An enumerated value as Coro sent it. The raw text always survives, so a value that this
/// client does not know yet (Coro adds them without notice) is shown instead of thrown on.
/// </summary>
/// <typeparam name="T">The enum that lists the values this client knows.</typeparam>
[JsonConverter(typeof(WireEnumConverterFactory))]
public readonly record struct WireEnum<T>(string Value) : IComparable<WireEnum<T>>
    where T : struct, Enum
{
    /// <summary>The known member for <see cref="Value"/>, or null when Coro sent something new.</summary>
    public T? Known => WireNames<T>.TryParse(Value, out var known) ? known : null;

    /// <summary>True when the value is one this client knows.</summary>
    public bool IsKnown => Known.HasValue;

    public static implicit operator WireEnum<T>(T value) => new(WireNames<T>.ToWire(value));

    public int CompareTo(WireEnum<T> other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? "";
}

/// <summary>
/// The wire spelling of each member of an enum: its <see cref="JsonStringEnumMemberNameAttribute"/>
/// when it has one, else the member name in camelCase (Coro's convention).
/// </summary>
public static class WireNames<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ToWireMap = BuildToWire();
    private static readonly FrozenDictionary<string, T> FromWireMap =
        ToWireMap.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string ToWire(T value) =>
        ToWireMap.TryGetValue(value, out var wire) ? wire : value.ToString();

    public static bool TryParse(string? wire, out T value)
    {
        if (wire is not null && FromWireMap.TryGetValue(wire, out value))
            return true;
        value = default;
        return false;
    }

    public static IReadOnlyCollection<string> All => FromWireMap.Keys;

    private static FrozenDictionary<T, string> BuildToWire()
    {
        var map = new Dictionary<T, string>();
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (T)field.GetValue(null)!;
            var named = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();
            map[value] = named?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name);
        }
        return map.ToFrozenDictionary();
    }
}

/// <summary>Creates the converter for each <see cref="WireEnum{T}"/>.</summary>
public sealed class WireEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(WireEnum<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var enumType = typeToConvert.GetGenericArguments()[0];
        var converterType = typeof(WireEnumConverter<>).MakeGenericType(enumType);
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }
}

/// <summary>Reads any string (or number) as a <see cref="WireEnum{T}"/> and reports unknown ones.</summary>
public sealed class WireEnumConverter<T> : JsonConverter<WireEnum<T>> where T : struct, Enum
{
    public override WireEnum<T> Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var raw = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString() ?? "",
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
                System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => "",
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}."),
        };

        var value = new WireEnum<T>(raw);
        if (raw.Length > 0 && !value.IsKnown)
            UnknownWireValues.Report(typeof(T), raw);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, WireEnum<T> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
