using CoroDashboard.Coro.Wire;
using CoroDashboard.Gateway.Lists;
using CoroDashboard.Web.Features.Lists;

namespace CoroDashboard.Web.Features.Tickets;

/// <summary>The ticket list's filters: protection component, ticket type and open or closed.</summary>
public static class TicketFilters
{
    public static IReadOnlyList<FilterChoice> All { get; } =
    [
        new(ListFilters.Module, "Component", Options<ProtectionModule>()),
        new(ListFilters.TicketType, "Type", Options<TicketType>()),
        new(ListFilters.TicketState, "Status",
        [
            new("open", "Open"),
            new("closed", "Closed"),
        ]),
    ];

    private static FilterOption[] Options<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>()
            .Select(value => new FilterOption(WireNames<T>.ToWire(value), WireText.Words(value.ToString())))
            .OrderBy(option => option.Label, StringComparer.OrdinalIgnoreCase)];
}
