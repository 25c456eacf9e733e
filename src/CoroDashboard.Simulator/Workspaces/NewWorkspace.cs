using CoroDashboard.Coro.Wire;
using CoroDashboard.Simulator.Http;

namespace CoroDashboard.Simulator.Workspaces;

/// <summary>Checks a create-workspace request and builds the empty workspace it asks for.</summary>
internal static class NewWorkspace
{
    public static void Validate(WorkspaceCreateRequest request, SimulatorDataset dataset)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.CompanyName))
            errors.Add("companyName is required");
        if (string.IsNullOrWhiteSpace(request.DisplayName))
            errors.Add("displayName is required");
        if (string.IsNullOrWhiteSpace(request.Domain))
            errors.Add("domain is required");
        if (string.IsNullOrWhiteSpace(request.AdminEmail) || !request.AdminEmail.Contains('@'))
            errors.Add("adminEmail must be an email address");
        if (request.Type.Known is not (WorkspaceType.Child or WorkspaceType.Channel))
            errors.Add("type must be child or channel");
        if (!request.NotificationsLevel.IsKnown)
            errors.Add("notificationsLevel must be none, parent, localAdmins or all");
        if (request.MaxProtectedUsers is < 0)
            errors.Add("maxProtectedUsers must be zero or more");
        if (errors.Count == 0 && dataset.Workspaces.Any(w => string.Equals(w.Info.Domain, request.Domain, StringComparison.OrdinalIgnoreCase)))
            errors.Add($"A workspace with domain '{request.Domain}' already exists");
        if (errors.Count > 0)
            throw ProblemException.BadRequest([.. errors]);
    }

    public static SimulatedWorkspace From(WorkspaceCreateRequest request, string parentId, DateTimeOffset now)
    {
        var slug = string.Concat(request.Domain.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        var id = $"{slug}_{System.Security.Cryptography.RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4)}_"
            + System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 1);
        var info = new Workspace
        {
            Id = id,
            CompanyName = request.CompanyName,
            DisplayName = request.DisplayName,
            Type = request.Type,
            Domain = request.Domain,
            MaxProtectedUsers = request.MaxProtectedUsers,
            NotificationsLevel = request.NotificationsLevel,
            ParentWorkspaceId = parentId,
            MainAdminEmail = request.AdminEmail,
            AdminEmails = [],
            PendingAdminEmails = [request.AdminEmail],
            WorkspaceCreationTime = now,
            WorkspaceCreationType = "direct",
            Status = WorkspaceStatus.Active,
        };
        return new SimulatedWorkspace
        {
            Info = info,
            Usage = new Usage { WorkspaceId = id, DemoModeEnabled = false },
        };
    }
}
