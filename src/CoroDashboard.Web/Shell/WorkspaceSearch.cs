using CoroDashboard.Gateway.Workspaces;

namespace CoroDashboard.Web.Shell;

/// <summary>
/// Finds workspaces as someone types: by name, company name, id or domain, without regard to case.
/// An exact id comes first, then names that start with the text, then any other match; archived
/// workspaces come last.
/// </summary>
public static class WorkspaceSearch
{
    public static IReadOnlyList<WorkspaceNode> Find(WorkspaceTree tree, string? text, int max = 50)
    {
        var term = text?.Trim() ?? "";
        var candidates = term.Length == 0
            ? tree.Nodes.Values
            : tree.Nodes.Values.Where(node => Matches(node, term));
        return candidates
            .OrderBy(node => node.IsArchived)
            .ThenBy(node => Rank(node, term))
            .ThenBy(node => node.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(node => node.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    public static bool Matches(WorkspaceNode node, string term) =>
        Contains(node.Name, term) || Contains(node.CompanyName, term)
        || Contains(node.Id, term) || Contains(node.Domain, term);

    private static int Rank(WorkspaceNode node, string term)
    {
        if (term.Length == 0)
            return node.Depth;
        if (node.Id.Equals(term, StringComparison.OrdinalIgnoreCase))
            return 0;
        return node.Name.StartsWith(term, StringComparison.OrdinalIgnoreCase) ? 1 : 2;
    }

    private static bool Contains(string? value, string term) =>
        value is not null && value.Contains(term, StringComparison.OrdinalIgnoreCase);
}
