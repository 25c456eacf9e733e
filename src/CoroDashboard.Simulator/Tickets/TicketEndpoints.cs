using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Access;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Tickets;

/// <summary>Tickets: the filtered list (newest first), one ticket, and the actions on it.</summary>
internal static class TicketEndpoints
{
    public static void MapTickets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/tickets", Search);
        app.MapGet("/v1/tickets/{id}", Get);
        app.MapGet("/v1/tickets/{id}/actions", Actions);
        app.MapPost("/v1/tickets/{id}/actions", PerformAsync);
    }

    private static IResult Search(HttpContext http)
    {
        var paging = Paging.From(http.Request);
        var filter = TicketFilter.From(http.Request);
        var workspace = CallerContext.Of(http).Target;
        var start = (long)paging.Page * paging.PageSize;
        var items = new List<Ticket>(paging.PageSize);
        var total = 0;
        lock (workspace.Sync)
        {
            // One pass: count every match and keep only the requested page's.
            foreach (var ticket in workspace.Tickets)
            {
                if (!filter.Matches(ticket))
                    continue;
                if (total >= start && items.Count < paging.PageSize)
                    items.Add(ticket);
                total++;
            }
        }
        return Wire.Ok(new Page<Ticket> { Items = items, TotalElements = total });
    }

    private static IResult Get(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(workspace.Tickets[Position(workspace, id)]);
    }

    private static IResult Actions(HttpContext http, string id)
    {
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
            return Wire.Ok(TicketActions.OfferedFor(workspace.Tickets[Position(workspace, id)]));
    }

    private static async Task<IResult> PerformAsync(HttpContext http, string id, SimulatorClock clock)
    {
        var request = await RequestBody.ReadAsync<TicketActionRequest>(http.Request);
        var workspace = CallerContext.Of(http).Target;
        lock (workspace.Sync)
        {
            var position = Position(workspace, id);
            var status = TicketActions.Perform(workspace, position, request, clock.Now);
            return Wire.Ok(status);
        }
    }

    internal static int Position(SimulatedWorkspace workspace, string id)
    {
        var position = workspace.Index.TicketPosition(id);
        return position >= 0 ? position : throw ProblemException.NotFound("Ticket", id);
    }
}
