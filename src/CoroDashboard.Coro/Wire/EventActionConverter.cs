using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// Reads an <see cref="EventAction"/> from a bare string or from <c>{name, uiView, type}</c>, and
/// writes the bare string when only the name is set (the form of the documented sample).
/// </summary>
public sealed class EventActionConverter : JsonConverter<EventAction>
{
    public override EventAction? Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new EventAction { Name = ReadName(reader.GetString()) };
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("Expected an event action name or object.");

        string? name = null, uiView = null, type = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                reader.Skip();
            switch (property)
            {
                case "name": name = text; break;
                case "uiView": uiView = text; break;
                case "type": type = text; break;
            }
        }
        return new EventAction { Name = ReadName(name), UiView = uiView, Type = type };
    }

    public override void Write(Utf8JsonWriter writer, EventAction value, JsonSerializerOptions options)
    {
        if (value.UiView is null && value.Type is null)
        {
            writer.WriteStringValue(value.Name.Value);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("name", value.Name.Value);
        if (value.UiView is not null)
            writer.WriteString("uiView", value.UiView);
        if (value.Type is not null)
            writer.WriteString("type", value.Type);
        writer.WriteEndObject();
    }

    private static WireEnum<EventActionName> ReadName(string? raw)
    {
        var name = new WireEnum<EventActionName>(raw ?? "");
        if (name.Value.Length > 0 && !name.IsKnown)
            UnknownWireValues.Report(typeof(EventActionName), name.Value);
        return name;
    }
}
