using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

public sealed record AuditLog
{
    public string? Id { get; init; }
    public DateTimeOffset? Time { get; init; }
    public string? Type { get; init; }
    public WireEnum<AuditLogSubtype>? Subtype { get; init; }
    public AuditActor? Actor { get; init; }
    public string? Description { get; init; }
    public string? TicketId { get; init; }
    [JsonPropertyName("_links")] public IReadOnlyDictionary<string, JsonElement>? Links { get; init; }
}

public sealed record AuditActor
{
    public WireEnum<AuditActorType> Type { get; init; }
    public string? Email { get; init; }
}
