namespace CoroDashboard.Coro.Wire;

/// <summary>
/// One protection component's ticket summary (the console's Actionboard panel): open tickets,
/// tickets resolved in the last 90 days, and the same per ticket type.
/// </summary>
public sealed record TicketSummary
{
    public string? Component { get; init; }
    public int OpenTickets { get; init; }
    public int ResolvedLast90Days { get; init; }
    public IReadOnlyList<TicketTypeSummary> TicketTypes { get => field ?? []; init; }
    public int? ProtectedCount { get; init; }
    public int? VulnerableCount { get; init; }
}

public sealed record TicketTypeSummary
{
    public WireEnum<TicketType> EventTrigger { get; init; }
    public int OpenTickets { get; init; }
    public int ResolvedLast90Days { get; init; }
}

/// <summary>The components that have a summary endpoint, named as in the path.</summary>
public enum TicketSummaryComponent { Emails, CloudApps, Users, Devices, Data }
