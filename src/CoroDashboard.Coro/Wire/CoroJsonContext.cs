using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoroDashboard.Coro.Wire;

/// <summary>Source-generated metadata for every wire type the client reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(EpochMillisecondsConverter)])]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(Workspace))]
[JsonSerializable(typeof(Page<Workspace>))]
[JsonSerializable(typeof(WorkspaceCreateRequest))]
[JsonSerializable(typeof(Device))]
[JsonSerializable(typeof(Page<Device>))]
[JsonSerializable(typeof(DeviceActionRequest))]
[JsonSerializable(typeof(IReadOnlyList<DeviceActionDescriptor>))]
[JsonSerializable(typeof(IReadOnlyList<JsonElement>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Ticket))]
[JsonSerializable(typeof(Page<Ticket>))]
[JsonSerializable(typeof(IReadOnlyList<EventAction>))]
[JsonSerializable(typeof(TicketActionRequest))]
[JsonSerializable(typeof(TicketActionResponse))]
[JsonSerializable(typeof(TicketSummary))]
[JsonSerializable(typeof(ProtectedUser))]
[JsonSerializable(typeof(Page<ProtectedUser>))]
[JsonSerializable(typeof(AddUsersRequest))]
[JsonSerializable(typeof(AddUsersResponse))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(PortalUser))]
[JsonSerializable(typeof(Page<PortalUser>))]
[JsonSerializable(typeof(PortalUserCreateRequest))]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(SubscriptionUpdateRequest))]
[JsonSerializable(typeof(BundleInfoRequest))]
[JsonSerializable(typeof(BundleInfoResponse))]
[JsonSerializable(typeof(Usage))]
[JsonSerializable(typeof(Page<Usage>))]
[JsonSerializable(typeof(AuditLog))]
[JsonSerializable(typeof(Page<AuditLog>))]
[JsonSerializable(typeof(WebhookConfiguration))]
[JsonSerializable(typeof(IReadOnlyList<WebhookConfiguration>))]
[JsonSerializable(typeof(WebhookConfigurationRequest))]
[JsonSerializable(typeof(string))]
public sealed partial class CoroJsonContext : JsonSerializerContext;
