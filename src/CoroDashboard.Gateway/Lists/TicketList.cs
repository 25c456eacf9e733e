using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Gateway.Lists;

/// <summary>The ticket list: sort fields, search text and filters.</summary>
internal static class TicketList
{
    public static ListSource<Ticket> Source { get; } = new(
        "tickets",
        "GET /v1/tickets",
        (api, workspace, token, page, size, ct) => api.SearchTicketsAsync(
            workspace, token, page, size, cancellationToken: ct),
        new Dictionary<string, Func<Ticket, IComparable?>>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = ticket => ticket.Id,
            ["eventTrigger"] = ticket => Text(ticket.EventTrigger.Value),
            ["moduleName"] = ticket => Text(ticket.ModuleName.Value),
            ["processed"] = ticket => ticket.Processed,
            ["creationTime"] = ticket => ticket.CreationTime,
            ["processedTime"] = ticket => ticket.ProcessedTime,
            ["affectedUser"] = ticket => ticket.AffectedUser?.Email ?? ticket.AffectedUser?.Name,
        },
        ticket => [
            ticket.Id, ticket.EventTrigger.Value, ticket.ModuleName.Value, ticket.AffectedUser?.Email,
            ticket.AffectedUser?.Name, .. ticket.AffectedDevices.Select(device => device.Hostname)],
        Matches);

    private static bool? Matches(Ticket ticket, string filter, string value, ListContext context) =>
        filter switch
        {
            ListFilters.Module => string.Equals(ticket.ModuleName.Value, value,
                StringComparison.OrdinalIgnoreCase),
            ListFilters.TicketType => string.Equals(ticket.EventTrigger.Value, value,
                StringComparison.OrdinalIgnoreCase),
            ListFilters.TicketState => value.ToLowerInvariant() switch
            {
                "open" => !ticket.Processed,
                "closed" => ticket.Processed,
                _ => false,
            },
            _ => null,
        };

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
