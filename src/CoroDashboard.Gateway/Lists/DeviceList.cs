using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>The device list: sort fields, search text and filters.</summary>
internal static class DeviceList
{
    public static ListSource<Device> Source { get; } = new(
        "devices",
        "GET /v1/devices",
        (api, workspace, token, page, size, ct) => api.GetDevicesAsync(workspace, token, page, size, ct),
        new Dictionary<string, Func<Device, IComparable?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["enrollmentCode"] = device => device.EnrollmentCode,
            ["deviceId"] = device => device.DeviceId,
            ["deviceModel"] = device => device.DeviceModel,
            ["hostname"] = device => device.Hostname,
            ["osType"] = device => Text(device.OsType.Value),
            ["osVersion"] = device => VersionKey.From(device.OsVersion),
            ["appVersion"] = device => VersionKey.From(device.AppVersion),
            ["activationTime"] = device => device.ActivationTime,
            ["lastSeen"] = device => device.LastSeen,
            ["isolated"] = device => device.Isolated,
            ["protectionEnabled"] = device => device.ProtectionEnabled,
            ["tamperProtection"] = device => device.TamperProtection,
            ["mdmEnrollmentType"] = device => Text(device.MdmEnrollmentType?.Value),
            ["vulnerabilities"] = device => device.Vulnerabilities.Count,
        },
        device => [
            device.Hostname, device.EnrollmentCode, device.DeviceModel, device.OsType.Value, device.OsVersion,
            device.AppVersion, .. device.LastLoggedInUsers, .. device.Labels.Select(label => label.Name)],
        Matches);

    private static bool? Matches(Device device, string filter, string value, ListContext context) =>
        filter switch
        {
            ListFilters.Os => string.Equals(device.OsType.Value, value, StringComparison.OrdinalIgnoreCase),
            ListFilters.DeviceState => value.ToLowerInvariant() switch
            {
                "unprotected" => device.ProtectionEnabled == false,
                "isolated" => device.Isolated == true,
                "vulnerable" => device.Vulnerabilities.Count > 0,
                "outdated" => AgentVersions.IsOutdated(device, context.NewestAgentVersion),
                _ => false,
            },
            _ => null,
        };

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
