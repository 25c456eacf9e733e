using System.Text.Json.Serialization;
using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator;

/// <summary>
/// Everything the simulator serves: the workspace tree, the data inside each workspace and the
/// API credentials. It round-trips through JSON (<see cref="DatasetFile"/>), so a dataset can be
/// generated once, edited and served again.
/// </summary>
public sealed class SimulatorDataset
{
    private readonly Lock _treeSync = new();
    private Dictionary<string, SimulatedWorkspace>? _byId;
    private Dictionary<string, List<string>>? _children;

    /// <summary>The dataset's "now": generated times lie before it, and the simulator clock starts at it.</summary>
    public DateTimeOffset Now { get; set; }

    /// <summary>The preset and seed it was generated from, for the record.</summary>
    public string Origin { get; set; } = "";

    /// <summary>Every workspace, the root channel first and each parent before its children.</summary>
    public List<SimulatedWorkspace> Workspaces { get; set; } = [];

    public List<SimulatorCredential> Credentials { get; set; } = [];

    [JsonIgnore] public SimulatedWorkspace Root => Workspaces[0];

    /// <summary>The one archived customer (null when the dataset has none).</summary>
    [JsonIgnore] public SimulatedWorkspace? ArchivedWorkspace => Workspaces.FirstOrDefault(w => w.IsArchived);

    /// <summary>The workspace that only a credential of its own reaches (null when none is flagged).</summary>
    [JsonIgnore]
    public SimulatedWorkspace? AncestorRevokedWorkspace => Workspaces.FirstOrDefault(w => w.AncestorAccessRevoked);

    public SimulatedWorkspace? Find(string id)
    {
        lock (_treeSync)
            return ById().GetValueOrDefault(id);
    }

    /// <summary>The ids of the workspaces directly below <paramref name="id"/>.</summary>
    public IReadOnlyList<string> ChildrenOf(string id)
    {
        lock (_treeSync)
            return Children().TryGetValue(id, out var children) ? [.. children] : [];
    }

    /// <summary>The workspace and all workspaces below it, each parent before its children.</summary>
    public IReadOnlyList<SimulatedWorkspace> Subtree(string id)
    {
        lock (_treeSync)
        {
            var found = new List<SimulatedWorkspace>();
            if (!ById().TryGetValue(id, out var top))
                return found;
            var pending = new Queue<SimulatedWorkspace>([top]);
            while (pending.TryDequeue(out var next))
            {
                found.Add(next);
                foreach (var childId in Children().GetValueOrDefault(next.Id) ?? [])
                    pending.Enqueue(_byId![childId]);
            }
            return found;
        }
    }

    /// <summary>Adds a workspace below an existing one.</summary>
    public void Add(SimulatedWorkspace workspace)
    {
        lock (_treeSync)
        {
            if (!ById().TryAdd(workspace.Id, workspace))
                throw new InvalidOperationException($"Workspace {workspace.Id} already exists.");
            Workspaces.Add(workspace);
            if (workspace.Info.ParentWorkspaceId is { } parent)
                AddChild(Children(), parent, workspace.Id);
        }
    }

    /// <summary>The credential with this client id, or null.</summary>
    public SimulatorCredential? Credential(string clientId) =>
        Credentials.FirstOrDefault(c => string.Equals(c.ClientId, clientId, StringComparison.Ordinal));

    private Dictionary<string, SimulatedWorkspace> ById() =>
        _byId ??= Workspaces.ToDictionary(w => w.Id, StringComparer.Ordinal);

    private Dictionary<string, List<string>> Children()
    {
        if (_children is not null)
            return _children;
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var workspace in Workspaces)
            if (workspace.Info.ParentWorkspaceId is { } parent)
                AddChild(children, parent, workspace.Id);
        return _children = children;
    }

    private static void AddChild(Dictionary<string, List<string>> children, string parent, string child)
    {
        if (!children.TryGetValue(parent, out var list))
            children[parent] = list = [];
        list.Add(child);
    }
}
