using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator;

/// <summary>
/// Keeps the fields that follow from tickets (a user's open tickets and vulnerabilities, a
/// device's vulnerabilities, a user's device count) in step with the tickets themselves. Callers
/// hold the workspace's lock.
/// </summary>
internal static class DerivedCounts
{
    public static void RefreshAll(SimulatedWorkspace workspace)
    {
        var openByUser = new Dictionary<string, List<Ticket>>(StringComparer.OrdinalIgnoreCase);
        var openByDevice = new Dictionary<string, List<Ticket>>(StringComparer.Ordinal);
        foreach (var ticket in workspace.Tickets)
        {
            if (ticket.Processed)
                continue;
            if (ticket.AffectedUser?.Email is { } email)
                Add(openByUser, email, ticket);
            foreach (var device in ticket.AffectedDevices)
                if (device.EnrollmentCode is { } code)
                    Add(openByDevice, code, ticket);
        }

        var devicesByUser = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in workspace.Devices)
            foreach (var email in device.LastLoggedInUsers)
                devicesByUser[email] = devicesByUser.GetValueOrDefault(email) + 1;

        for (var i = 0; i < workspace.Users.Count; i++)
        {
            var user = workspace.Users[i];
            var open = user.Email is null ? null : openByUser.GetValueOrDefault(user.Email);
            workspace.Users[i] = WithOpenTickets(user, open) with
            {
                DevicesCount = user.Email is null ? 0 : devicesByUser.GetValueOrDefault(user.Email),
            };
        }
        for (var i = 0; i < workspace.Devices.Count; i++)
        {
            var device = workspace.Devices[i];
            workspace.Devices[i] = device with { Vulnerabilities = Types(openByDevice.GetValueOrDefault(device.EnrollmentCode)) };
        }
    }

    /// <summary>Refreshes the user and devices one ticket names, after it was opened or closed.</summary>
    public static void RefreshFor(SimulatedWorkspace workspace, Ticket changed)
    {
        if (changed.AffectedUser?.Email is { } email)
        {
            var open = workspace.Tickets.Where(t => !t.Processed
                && string.Equals(t.AffectedUser?.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
            for (var i = 0; i < workspace.Users.Count; i++)
                if (string.Equals(workspace.Users[i].Email, email, StringComparison.OrdinalIgnoreCase))
                    workspace.Users[i] = WithOpenTickets(workspace.Users[i], open);
        }
        foreach (var code in changed.AffectedDevices.Select(d => d.EnrollmentCode).OfType<string>())
        {
            var position = workspace.Index.DevicePosition(code);
            if (position < 0)
                continue;
            var open = workspace.Tickets.Where(t => !t.Processed
                && t.AffectedDevices.Any(d => d.EnrollmentCode == code)).ToList();
            workspace.Devices[position] = workspace.Devices[position] with { Vulnerabilities = Types(open) };
        }
    }

    private static ProtectedUser WithOpenTickets(ProtectedUser user, List<Ticket>? open) => user with
    {
        OpenTicketsCount = open?.Count ?? 0,
        HasUnresolvedTickets = open is { Count: > 0 },
        Vulnerabilities = Types(open),
    };

    private static List<WireEnum<TicketType>> Types(List<Ticket>? tickets) =>
        tickets is null ? [] : [.. tickets.Select(t => t.EventTrigger).Distinct().Order()];

    private static void Add<TKey>(Dictionary<TKey, List<Ticket>> map, TKey key, Ticket ticket) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(ticket);
    }
}
