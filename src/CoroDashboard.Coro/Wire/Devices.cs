using System.Text.Json;

namespace CoroDashboard.Coro.Wire;

public sealed record Device
{
    public string EnrollmentCode { get => field ?? ""; init; }
    public string? DeviceId { get; init; }
    public string? DeviceModel { get; init; }
    public string? Hostname { get; init; }
    public WireEnum<OsType> OsType { get; init; }
    public string? OsVersion { get; init; }
    public string? AppVersion { get; init; }
    public DateTimeOffset? ActivationTime { get; init; }
    public IReadOnlyList<DeviceLabel> Labels { get => field ?? []; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public bool? Isolated { get; init; }
    public bool? ProtectionEnabled { get; init; }
    public bool? TamperProtection { get; init; }
    public IReadOnlyList<DeviceDrive> Drives { get => field ?? []; init; }
    public IReadOnlyList<string> LastLoggedInUsers { get => field ?? []; init; }
    public IReadOnlyList<WireEnum<TicketType>> Vulnerabilities { get => field ?? []; init; }
    public WireEnum<MdmEnrollmentType>? MdmEnrollmentType { get; init; }
}

public sealed record DeviceLabel
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Color { get; init; }
}

public sealed record DeviceDrive
{
    public string? Name { get; init; }
    public bool? IsRemovable { get; init; }
    public bool? Encrypted { get; init; }
}

public sealed record DeviceActionRequest
{
    public required WireEnum<SupportedDeviceAction> Action { get; init; }
    public required WireEnum<DeviceActionValue> Value { get; init; }
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }
}

public sealed record DeviceActionDescriptor
{
    public WireEnum<SupportedDeviceAction> Action { get; init; }
    public IReadOnlyList<WireEnum<DeviceActionValue>> Values { get => field ?? []; init; }
}
