using System.Text.Json;
using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Tickets;

/// <summary>
/// The actions a ticket offers (by module and open/closed state) and what performing one does.
/// Only closing and re-opening change the simulated ticket; the others are accepted and recorded.
/// Callers hold the workspace's lock.
/// </summary>
internal static class TicketActions
{
    private static readonly Dictionary<ProtectionModule, (EventActionName Name, string Label)[]> OpenActions = new()
    {
        [ProtectionModule.CloudSecurity] =
        [
            (EventActionName.SuspendFromAllCloudApps, "Suspend user from all cloud apps"),
            (EventActionName.SignInToAllCloudApps, "Request user to sign-in to all cloud apps"),
            (EventActionName.ContactUser, "Contact user"),
        ],
        [ProtectionModule.UserDataGovernance] =
        [
            (EventActionName.RemoveExposingSharing, "Remove exposed sharing"),
            (EventActionName.AddToDataGovernancePermissions, "Add to data governance permissions"),
            (EventActionName.ContactUser, "Contact user"),
        ],
        [ProtectionModule.EndpointDataGovernance] = [(EventActionName.EncryptDrive, "Encrypt drive")],
        [ProtectionModule.EndpointSecurity] =
        [
            (EventActionName.EnableAppleMobileFileIntegrity, "Enable Apple Mobile File Integrity"),
            (EventActionName.DisableDeveloperMode, "Disable developer mode"),
        ],
        [ProtectionModule.Edr] =
        [
            (EventActionName.RebootDevice, "Reboot devices"), (EventActionName.ShutdownDevice, "Shut down devices"),
            (EventActionName.BlockProcess, "Block process"),
            (EventActionName.IsolateDevice, "Isolate affected devices from network"),
        ],
        [ProtectionModule.EmailSecurity] =
        [
            (EventActionName.AllowSender, "Allow"), (EventActionName.BlockSender, "Block"),
            (EventActionName.DownloadEml, "Download email"),
        ],
    };

    public static IReadOnlyList<EventAction> OfferedFor(Ticket ticket)
    {
        var group = ticket.ModuleName.Value;
        var actions = new List<EventAction>
        {
            ticket.Processed
                ? new EventAction { Name = EventActionName.MarkAsUnprocessed, UiView = "Re-open", Type = group }
                : new EventAction { Name = EventActionName.MarkAsProcessed, UiView = "Close ticket", Type = group },
        };
        if (!ticket.Processed && ticket.ModuleName.Known is { } module && OpenActions.TryGetValue(module, out var extra))
            actions.AddRange(extra.Select(a => new EventAction { Name = a.Name, UiView = a.Label, Type = group }));
        return actions;
    }

    public static TicketActionResponse Perform(
        SimulatedWorkspace workspace, int position, TicketActionRequest request, DateTimeOffset now)
    {
        var ticket = workspace.Tickets[position];
        var name = request.EventAction.Name;
        if (!OfferedFor(ticket).Any(a => a.Name.Value == name.Value))
            throw ProblemException.BadRequest($"'{name}' is not available on ticket '{ticket.Id}'");
        if (name.Known == EventActionName.AddToDataGovernancePermissions
            && request.Metadata?.SelectedSubEventTriggers is not { Count: > 0 })
            throw ProblemException.BadRequest("metadata.selectedSubEventTriggers is required for addToDataGovernancePermissions");

        var changed = name.Known switch
        {
            EventActionName.MarkAsProcessed => ticket with { Processed = true, ProcessedTime = now },
            EventActionName.MarkAsUnprocessed => ticket with { Processed = false, ProcessedTime = null },
            _ => ticket,
        };
        if (!ReferenceEquals(changed, ticket))
        {
            workspace.Tickets[position] = changed;
            DerivedCounts.RefreshFor(workspace, changed);
        }
        return new TicketActionResponse
        {
            TicketActionsStatus = new Dictionary<string, JsonElement>
            {
                [name.Value] = JsonSerializer.SerializeToElement("success"),
            },
        };
    }
}
