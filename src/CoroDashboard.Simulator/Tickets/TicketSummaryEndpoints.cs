using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;

namespace CoroDashboard.Simulator.Tickets;

/// <summary>
/// <c>/v1/tickets/summary/{component}</c>, counted from the workspace's tickets: open = not
/// processed; resolved = processed within the 90 days before the simulator's now.
/// </summary>
internal static class TicketSummaryEndpoints
{
    private static readonly TimeSpan ResolvedWindow = TimeSpan.FromDays(90);

    public static void MapTicketSummaries(this IEndpointRouteBuilder app)
    {
        foreach (var component in TicketCatalog.ModulesBySummary.Keys)
            app.MapGet($"/v1/tickets/summary/{component}", (HttpContext http, SimulatorClock clock) =>
                Http.Wire.Ok(Summarize(CallerContext.Of(http).Target, component, clock.Now)));
    }

    internal static TicketSummary Summarize(SimulatedWorkspace workspace, string component, DateTimeOffset now)
    {
        var modules = TicketCatalog.ModulesBySummary[component];
        var types = modules.SelectMany(m => TicketCatalog.TypesByModule[m]).ToArray();
        var open = types.ToDictionary(WireNames<TicketType>.ToWire, _ => 0);
        var resolved = new Dictionary<string, int>(open);
        var since = now - ResolvedWindow;

        lock (workspace.Sync)
        {
            foreach (var ticket in workspace.Tickets)
            {
                if (ticket.ModuleName.Known is not { } module || !modules.Contains(module))
                    continue;
                var key = ticket.EventTrigger.Value;
                if (!ticket.Processed)
                    open[key] = open.GetValueOrDefault(key) + 1;
                else if (ticket.ProcessedTime is { } processedAt && processedAt >= since && processedAt <= now)
                    resolved[key] = resolved.GetValueOrDefault(key) + 1;
            }
            return new TicketSummary
            {
                Component = component,
                OpenTickets = open.Values.Sum(),
                ResolvedLast90Days = resolved.Values.Sum(),
                TicketTypes = [.. open.Keys.Select(key => new TicketTypeSummary
                {
                    EventTrigger = new WireEnum<TicketType>(key),
                    OpenTickets = open[key],
                    ResolvedLast90Days = resolved.GetValueOrDefault(key),
                })],
                ProtectedCount = component == "users" ? workspace.Users.Count(u => u.IsProtected) : null,
                VulnerableCount = component == "users"
                    ? workspace.Users.Count(u => u.IsProtected && u.HasUnresolvedTickets == true)
                    : null,
            };
        }
    }
}
