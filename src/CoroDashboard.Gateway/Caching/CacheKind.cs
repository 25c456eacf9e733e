using CoroDashboard.Gateway.Configuration;

namespace CoroDashboard.Gateway.Caching;

/// <summary>The kinds of data the gateway caches, each with its own lifetime.</summary>
internal enum CacheKind { Hierarchy, Summary, List, Counts }

/// <summary>One cached answer: its kind, the workspace it belongs to, and what it is.</summary>
internal readonly record struct CacheKey(CacheKind Kind, string WorkspaceId, string Name)
{
    public string Tag => WorkspaceTag(WorkspaceId);

    public static string WorkspaceTag(string workspaceId) => $"ws:{workspaceId}";

    public TimeSpan Lifetime(CacheLifetimes lifetimes) => Kind switch
    {
        CacheKind.Hierarchy => lifetimes.Hierarchy,
        CacheKind.Summary => lifetimes.Summary,
        CacheKind.List => lifetimes.List,
        _ => lifetimes.Counts,
    };

    public override string ToString() => $"{Kind}:{WorkspaceId}:{Name}";
}
