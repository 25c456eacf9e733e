using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

public sealed record Ticket
{
    public string Id { get => field ?? ""; init; }
    public string? WorkspaceId { get; init; }
    public WireEnum<TicketType> EventTrigger { get; init; }
    public WireEnum<ProtectionModule> ModuleName { get; init; }
    /// <summary>True once the ticket is closed ("processed" in Coro's words).</summary>
    public bool Processed { get; init; }
    public DateTimeOffset? CreationTime { get; init; }
    public DateTimeOffset? ProcessedTime { get; init; }
    public bool? ProtectedUser { get; init; }
    public TicketAffectedUser? AffectedUser { get; init; }
    public IReadOnlyList<TicketAffectedDevice> AffectedDevices { get => field ?? []; init; }
    public TicketDetails? TicketDetails { get; init; }
    [JsonPropertyName("_links")] public IReadOnlyDictionary<string, JsonElement>? Links { get; init; }
}

public sealed record TicketAffectedUser
{
    public string? Email { get; init; }
    public string? Name { get; init; }
}

public sealed record TicketAffectedDevice
{
    public string? EnrollmentCode { get; init; }
    public string? Hostname { get; init; }
    public WireEnum<OsType> OsType { get; init; }
}

public sealed record MitreTechnique
{
    public string? Tactic { get; init; }
    public string? TechniqueId { get; init; }
    public string? TechniqueName { get; init; }
}

public sealed record TicketDetails
{
    public IReadOnlyList<string> ViolatedDataTypes { get => field ?? []; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Findings { get => field ?? []; init; }
    public string? FileName { get; init; }
    public long? FileSize { get; init; }
    public string? CloudApplication { get; init; }
    public string? EmailSubject { get; init; }
    public string? EmailSender { get; init; }
    public IReadOnlyList<string> EmailRecipients { get => field ?? []; init; }
    public string? IpAddress { get; init; }
    public string? Country { get; init; }
    public int? EventCount { get; init; }
    public string? ProcessName { get; init; }
    public string? ProcessHash { get; init; }
    public string? CommandLine { get; init; }
    public string? Path { get; init; }
    public IReadOnlyList<MitreTechnique> Mitre { get => field ?? []; init; }
    public IReadOnlyList<string> SharedWith { get => field ?? []; init; }
}

/// <summary>
/// An action offered on a ticket. Coro sends either a bare name or an object with a name, a UI
/// view and a type; <see cref="EventActionConverter"/> reads both.
/// </summary>
[JsonConverter(typeof(EventActionConverter))]
public sealed record EventAction
{
    public WireEnum<EventActionName> Name { get; init; }
    public string? UiView { get; init; }
    public string? Type { get; init; }
}

public sealed record TicketActionMetadata
{
    public IReadOnlyList<string> SelectedSubEventTriggers { get => field ?? []; init; }
}

public sealed record TicketActionRequest
{
    public required EventAction EventAction { get; init; }
    public TicketActionMetadata? Metadata { get; init; }
}

public sealed record TicketActionResponse
{
    public IReadOnlyDictionary<string, JsonElement>? TicketActionsStatus { get; init; }
}
