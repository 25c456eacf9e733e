using CoroDashboard.Data.Assignments;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>What the access settings form collects for a new role assignment.</summary>
public sealed class AssignmentDraft
{
    public SubjectKind SubjectKind { get; set; } = SubjectKind.User;

    public string Subject { get; set; } = "";

    public DashboardRole Role { get; set; } = DashboardRole.MspTechnician;

    /// <summary>Granted with their descendants.</summary>
    public List<string> Subtrees { get; set; } = [];

    /// <summary>Granted without their descendants.</summary>
    public List<string> Singles { get; set; } = [];

    public List<string> Excluded { get; set; } = [];

    /// <summary>What is wrong with the draft, in words for the form; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var subject = Subject.Trim();
        if (subject.Length == 0)
            problems.Add(SubjectKind switch
            {
                SubjectKind.AppRole => "Enter the app role's value.",
                SubjectKind.Group => "Enter the group's object id.",
                _ => "Enter the person's email or object id.",
            });
        else if (SubjectKind == SubjectKind.User && !subject.Contains('@') && !Guid.TryParse(subject, out _))
            problems.Add("A person is named by their email or their Entra object id.");
        else if (SubjectKind == SubjectKind.Group && !Guid.TryParse(subject, out _))
            problems.Add("A group is named by its Entra object id.");
        else if (subject.Any(char.IsWhiteSpace))
            problems.Add("The subject cannot contain spaces.");

        if (Subtrees.Count == 0 && Singles.Count == 0)
            problems.Add("Pick at least one workspace.");
        if (Excluded.Intersect(Subtrees.Concat(Singles)).Any())
            problems.Add("A workspace cannot be both granted and excluded.");
        return problems;
    }

    public RoleAssignment ToAssignment() => new()
    {
        SubjectKind = SubjectKind,
        Subject = Subject.Trim(),
        Role = Role,
        Workspaces = Subtrees.Distinct().ToList(),
        ExactWorkspaces = Singles.Except(Subtrees).Distinct().ToList(),
        ExcludedWorkspaces = Excluded.Distinct().ToList(),
    };
}
