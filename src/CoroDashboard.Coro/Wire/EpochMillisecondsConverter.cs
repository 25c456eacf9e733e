using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// Coro sends instants as epoch milliseconds. The rule for the whole client: null and 0 both
/// mean "no such moment" (a device never seen, a ticket not processed) and read as null; every
/// other number is an exact instant, truncated to nothing because milliseconds are kept whole.
/// ISO-8601 strings (error bodies use them) and numeric strings are read too.
/// </summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var millis):
                return FromMillis(millis);
            case JsonTokenType.Number:
                return FromMillis((long)reader.GetDouble());
            case JsonTokenType.String:
                return ParseText(reader.GetString());
            default:
                throw new JsonException("Expected epoch milliseconds.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } instant)
            writer.WriteNumberValue(instant.ToUnixTimeMilliseconds());
        else
            writer.WriteNullValue();
    }

    private static DateTimeOffset? FromMillis(long millis) =>
        millis == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(millis);

    private static DateTimeOffset? ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var millis))
            return FromMillis(millis);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        throw new JsonException("Expected epoch milliseconds or an ISO-8601 time.");
    }
}
