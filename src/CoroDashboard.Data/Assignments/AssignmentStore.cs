using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data.Assignments;

/// <summary>The identities of one signed-in person that an assignment can name.</summary>
public sealed record SubjectIdentities(
    IReadOnlyCollection<string> UserKeys,
    IReadOnlyCollection<string> Groups,
    IReadOnlyCollection<string> AppRoles);

/// <summary>Keeps role assignments and finds the ones that apply to a person.</summary>
public sealed class AssignmentStore(DashboardContextFactory contexts, TimeProvider clock)
{
    public event Action? Changed;

    public Task<IReadOnlyList<RoleAssignment>> ListAsync(CancellationToken cancellationToken = default) =>
        contexts.UseAsync<IReadOnlyList<RoleAssignment>>(async db =>
            (await db.RoleAssignments.AsNoTracking().ToListAsync(cancellationToken))
                .OrderBy(a => a.Role).ThenBy(a => a.Subject, StringComparer.OrdinalIgnoreCase).ToList());

    public async Task<Guid> AddAsync(RoleAssignment assignment, string createdBy,
        CancellationToken cancellationToken = default)
    {
        assignment.Subject = Normalize(assignment.Subject);
        assignment.CreatedAt = clock.GetUtcNow();
        assignment.CreatedBy = createdBy;
        await contexts.UseAsync(async db =>
        {
            db.RoleAssignments.Add(assignment);
            return await db.SaveChangesAsync(cancellationToken);
        });
        Changed?.Invoke();
        return assignment.Id;
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var deleted = await contexts.UseAsync(async db =>
            await db.RoleAssignments.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) > 0);
        if (deleted)
            Changed?.Invoke();
        return deleted;
    }

    /// <summary>Every assignment that names this person through any of their identities.</summary>
    public Task<IReadOnlyList<RoleAssignment>> FindForAsync(SubjectIdentities who,
        CancellationToken cancellationToken = default)
    {
        var users = who.UserKeys.Select(u => Normalize(u)).ToList();
        var groups = who.Groups.Select(g => Normalize(g)).ToList();
        var roles = who.AppRoles.Select(r => Normalize(r)).ToList();
        return contexts.UseAsync<IReadOnlyList<RoleAssignment>>(async db =>
            await db.RoleAssignments.AsNoTracking()
                .Where(a => (a.SubjectKind == SubjectKind.User && users.Contains(a.Subject))
                    || (a.SubjectKind == SubjectKind.Group && groups.Contains(a.Subject))
                    || (a.SubjectKind == SubjectKind.AppRole && roles.Contains(a.Subject)))
                .ToListAsync(cancellationToken));
    }

    // Emails and object ids compare without case; app role values are case-sensitive in Entra,
    // but two roles differing only by case would be a configuration mistake, so they fold too.
    private static string Normalize(string subject) => subject.Trim().ToLowerInvariant();
}
