using CoroDashboard.Coro.Wire;
using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Features.Tickets;

/// <summary>Short descriptions of a ticket for its row.</summary>
public static class TicketText
{
    /// <summary>Who or what the ticket is about: the user, else the devices.</summary>
    public static string Affected(Ticket ticket) =>
        ticket.AffectedUser is { } user && (user.Email ?? user.Name) is { } who
            ? who
            : WireText.List(ticket.AffectedDevices.Select(device =>
                device.Hostname ?? device.EnrollmentCode));
}
