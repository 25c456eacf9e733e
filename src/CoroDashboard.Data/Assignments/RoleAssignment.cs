namespace CoroDashboard.Data.Assignments;

/// <summary>The dashboard's roles. Customer admins only read.</summary>
public enum DashboardRole { MspAdmin, MspTechnician, CustomerAdmin }

/// <summary>Who an assignment names: an Entra app role, a group, or one person.</summary>
public enum SubjectKind { AppRole, Group, User }

/// <summary>
/// Grants a role over a set of workspaces to everyone the subject names. A person's scope is the
/// union of every assignment that names them (their user object id or email, their groups, their
/// app roles).
/// </summary>
public sealed class RoleAssignment
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public SubjectKind SubjectKind { get; set; }

    /// <summary>An app role value, a group object id, or a user's object id or email (lower case).</summary>
    public string Subject { get; set; } = "";

    public DashboardRole Role { get; set; }

    /// <summary>Workspaces granted with all their descendants.</summary>
    public List<string> Workspaces { get; set; } = [];

    /// <summary>Workspaces granted without their descendants.</summary>
    public List<string> ExactWorkspaces { get; set; } = [];

    /// <summary>Workspaces (and their descendants) taken out of the grant.</summary>
    public List<string> ExcludedWorkspaces { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
