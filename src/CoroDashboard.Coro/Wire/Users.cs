using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

public sealed record ProtectedUser
{
    public string Id { get => field ?? ""; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    /// <summary>True when protected; false when only protectable (found in a connected app).</summary>
    [JsonPropertyName("protectedUser")] public bool IsProtected { get; init; }
    public IReadOnlyList<string> Aliases { get => field ?? []; init; }
    public WireEnum<ProtectedUserStatus>? Status { get; init; }
    public IReadOnlyList<string> Labels { get => field ?? []; init; }
    public IReadOnlyList<UserCloudApplication> CloudApplications { get => field ?? []; init; }
    public bool? HasUnresolvedTickets { get; init; }
    public int? OpenTicketsCount { get; init; }
    public IReadOnlyList<WireEnum<TicketType>> Vulnerabilities { get => field ?? []; init; }
    public int? DevicesCount { get; init; }
    public bool? ExternalForwardingRulesRemoval { get; init; }
}

public sealed record UserCloudApplication
{
    public string? Name { get; init; }
    public bool? MfaEnabled { get; init; }
}

public sealed record UserRequest
{
    public required string Email { get; init; }
    public required string Name { get; init; }
}

public sealed record AddUsersRequest
{
    public required IReadOnlyList<UserRequest> Users { get; init; }
}

public sealed record AddUsersResponse
{
    public IReadOnlyList<ProtectedUser> Users { get => field ?? []; init; }
}

public sealed record UpdateUserRequest
{
    public required string Email { get; init; }
    public required bool ProtectedUser { get; init; }
}

public sealed record PortalUser
{
    public string Id { get => field ?? ""; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    /// <summary>Role spelling on the wire is not documented, so it stays free text.</summary>
    public string? Role { get; init; }
    public WireEnum<PortalUserStatus>? Status { get; init; }
    public DateTimeOffset? InvitationTime { get; init; }
    public bool? ContentInspection { get; init; }
}

public sealed record PortalUserCreateRequest
{
    public required string Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public required string Role { get; init; }
}
