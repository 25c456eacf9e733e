using CoroDashboard.Data.Assignments;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>
/// The role assignments as the access settings page reads and changes them: every call checks
/// the caller is an MSP admin first, and the last MSP admin assignment cannot be removed (nobody
/// could manage access afterwards).
/// </summary>
public sealed partial class AssignmentSettings(
    SettingsGuard guard,
    AssignmentStore store,
    ILogger<AssignmentSettings> log)
{
    public async Task<IReadOnlyList<RoleAssignment>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAdminAsync();
        return await store.ListAsync(cancellationToken);
    }

    /// <summary>Saves the draft, or returns what is wrong with it.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(
        AssignmentDraft draft, CancellationToken cancellationToken = default)
    {
        var admin = await guard.DemandAdminAsync();
        var problems = draft.Problems();
        if (problems.Count > 0)
            return problems;

        var assignment = draft.ToAssignment();
        await store.AddAsync(assignment, SettingsGuard.Actor(admin), cancellationToken);
        Added(log, assignment.Id, assignment.SubjectKind, assignment.Role, SettingsGuard.Actor(admin));
        return [];
    }

    /// <summary>Removes an assignment; false when it is gone already or is the last MSP admin one.</summary>
    public async Task<RemoveOutcome> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var admin = await guard.DemandAdminAsync();
        var all = await store.ListAsync(cancellationToken);
        var target = all.FirstOrDefault(a => a.Id == id);
        if (target is null)
            return RemoveOutcome.Gone;
        if (target.Role == DashboardRole.MspAdmin && all.Count(a => a.Role == DashboardRole.MspAdmin) == 1)
            return RemoveOutcome.LastAdmin;

        await store.DeleteAsync(id, cancellationToken);
        Removed(log, id, target.SubjectKind, target.Role, SettingsGuard.Actor(admin));
        return RemoveOutcome.Removed;
    }

    [LoggerMessage(EventId = 3101, EventName = "AssignmentAdded", Level = LogLevel.Information,
        Message = "Role assignment {AssignmentId} ({SubjectKind}, {Role}) added by {Actor}")]
    private static partial void Added(ILogger logger, Guid assignmentId, SubjectKind subjectKind,
        DashboardRole role, string actor);

    [LoggerMessage(EventId = 3102, EventName = "AssignmentRemoved", Level = LogLevel.Information,
        Message = "Role assignment {AssignmentId} ({SubjectKind}, {Role}) removed by {Actor}")]
    private static partial void Removed(ILogger logger, Guid assignmentId, SubjectKind subjectKind,
        DashboardRole role, string actor);
}

/// <summary>What became of a request to remove an assignment.</summary>
public enum RemoveOutcome { Removed, Gone, LastAdmin }
