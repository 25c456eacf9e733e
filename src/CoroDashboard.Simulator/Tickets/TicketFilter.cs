using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Tickets;

/// <summary>The ticket list's filters: <c>processed</c>, <c>moduleName</c>, comma separated <c>eventTriggers</c>.</summary>
internal sealed record TicketFilter(bool? Processed, string? ModuleName, HashSet<string>? EventTriggers)
{
    public static TicketFilter From(HttpRequest request)
    {
        var processedText = request.Query["processed"].ToString();
        bool? processed = processedText.Length == 0
            ? null
            : bool.TryParse(processedText, out var flag)
                ? flag
                : throw ProblemException.BadRequest("processed must be true or false");

        var module = request.Query["moduleName"].ToString();
        if (module.Length > 0 && !WireNames<ProtectionModule>.TryParse(module, out _))
            throw ProblemException.BadRequest($"moduleName '{module}' is not a protection module");

        var triggers = request.Query["eventTriggers"]
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = triggers.Where(t => !WireNames<TicketType>.TryParse(t, out _)).ToArray();
        if (unknown.Length > 0)
            throw ProblemException.BadRequest([.. unknown.Select(t => $"eventTriggers '{t}' is not a ticket type")]);

        return new TicketFilter(processed, module.Length == 0 ? null : module, triggers.Count == 0 ? null : triggers);
    }

    public bool Matches(Ticket ticket) =>
        (Processed is not { } processed || ticket.Processed == processed)
        && (ModuleName is null || ticket.ModuleName.Value == ModuleName)
        && (EventTriggers is null || EventTriggers.Contains(ticket.EventTrigger.Value));
}
