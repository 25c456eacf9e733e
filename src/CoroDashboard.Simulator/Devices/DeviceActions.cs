using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Generation;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Devices;

/// <summary>
/// The action/value pairs the API allows on a device, which of them a device is offered, and what
/// each does to the simulated device. Callers hold the workspace's lock.
/// </summary>
internal static class DeviceActions
{
    private static readonly Dictionary<SupportedDeviceAction, DeviceActionValue[]> Pairs = new()
    {
        [SupportedDeviceAction.TamperProtection] = [DeviceActionValue.Enable, DeviceActionValue.Disable],
        [SupportedDeviceAction.DeviceProtection] = [DeviceActionValue.Remove],
        [SupportedDeviceAction.MalwareScan] = [DeviceActionValue.Start, DeviceActionValue.Stop],
        [SupportedDeviceAction.DataGovernanceScan] =
            [DeviceActionValue.StartFullScan, DeviceActionValue.StartPartialScan, DeviceActionValue.Stop],
        [SupportedDeviceAction.UpdateAgent] = [DeviceActionValue.UpdateToLatest],
        [SupportedDeviceAction.DriveEncryption] = [DeviceActionValue.Encrypt],
        [SupportedDeviceAction.DeviceState] = [DeviceActionValue.Shutdown, DeviceActionValue.Restart],
    };

    public static IReadOnlyList<DeviceActionDescriptor> OfferedFor(Device device)
    {
        var mobile = device.OsType.Known is OsType.Ios or OsType.Android;
        return Pairs
            .Where(pair => !mobile || pair.Key is SupportedDeviceAction.DeviceProtection)
            .Where(pair => device.ProtectionEnabled != false || pair.Key is not SupportedDeviceAction.DeviceProtection)
            .Select(pair => new DeviceActionDescriptor
            {
                Action = pair.Key,
                Values = [.. pair.Value.Select(v => (WireEnum<DeviceActionValue>)v)],
            })
            .ToList();
    }

    public static void Validate(Device device, DeviceActionRequest request)
    {
        if (request.Action.Known is not { } action || request.Value.Known is not { } value
            || !Pairs[action].Contains(value))
            throw ProblemException.BadRequest($"'{request.Action}' with value '{request.Value}' is not a device action");
        var offered = OfferedFor(device).Any(d => d.Action.Known == action);
        if (!offered)
            throw ProblemException.BadRequest($"'{request.Action}' is not available on device '{device.EnrollmentCode}'");
    }

    public static void Apply(SimulatedWorkspace workspace, Device device, DeviceActionRequest request, DateTimeOffset now)
    {
        var position = workspace.Index.DevicePosition(device.EnrollmentCode);
        var changed = (request.Action.Known, request.Value.Known) switch
        {
            (SupportedDeviceAction.TamperProtection, var value) =>
                device with { TamperProtection = value == DeviceActionValue.Enable },
            (SupportedDeviceAction.DeviceProtection, _) => device with { ProtectionEnabled = false },
            (SupportedDeviceAction.UpdateAgent, _) => device with { AppVersion = DeviceFactory.LatestAgentVersion },
            (SupportedDeviceAction.DriveEncryption, _) =>
                device with { Drives = [.. device.Drives.Select(d => d with { Encrypted = true })] },
            _ => device,
        };
        workspace.Devices[position] = changed;
        if (request.Action.Known == SupportedDeviceAction.DeviceProtection)
            CloseTicketsOf(workspace, device, now);
    }

    public static void Log(SimulatedWorkspace workspace, Device device, AuditLogSubtype subtype, string what, DateTimeOffset now) =>
        workspace.AuditLogs.Insert(0, new AuditLog
        {
            Id = $"al-{Guid.NewGuid():N}"[..13],
            Time = now,
            Type = "device",
            Subtype = subtype,
            Actor = new AuditActor { Type = AuditActorType.Api },
            Description = $"{what} {device.Hostname}",
        });

    /// <summary>Removing a device from protection closes its open tickets, as the console does.</summary>
    private static void CloseTicketsOf(SimulatedWorkspace workspace, Device device, DateTimeOffset now)
    {
        for (var i = 0; i < workspace.Tickets.Count; i++)
        {
            var ticket = workspace.Tickets[i];
            if (ticket.Processed || !ticket.AffectedDevices.Any(d => d.EnrollmentCode == device.EnrollmentCode))
                continue;
            workspace.Tickets[i] = ticket with { Processed = true, ProcessedTime = now };
            DerivedCounts.RefreshFor(workspace, workspace.Tickets[i]);
        }
    }
}
