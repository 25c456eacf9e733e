using System.Collections.ObjectModel;
namespace CoroDashboard.Coro.Wire;

public sealed record WebhookConfigurationRequest
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public bool ApplyToAllDescendants { get; init; }
    public required string Url { get; init; }
    public required string Secret { get; init; }
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public required IReadOnlyList<WireEnum<WebhookTrigger>> Triggers { get; init; }

    public override string ToString() => $"WebhookConfigurationRequest {{ Name = {Name}, Url = {Url} }}";
}

public sealed record WebhookConfiguration
{
    public string Id { get => field ?? ""; init; }
    public string? Name { get; init; }
    public string? WorkspaceId { get; init; }
    public WireEnum<WebhookStatus> Status { get; init; }
    public string? Description { get; init; }
    public bool ApplyToAllDescendants { get; init; }
    public string? Url { get; init; }
    public string? Secret { get; init; }
    public IReadOnlyDictionary<string, string> Headers
    {
        get => field ?? ReadOnlyDictionary<string, string>.Empty;
        init;
    }
    public IReadOnlyList<WireEnum<WebhookTrigger>> Triggers { get => field ?? []; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }

    public override string ToString() => $"WebhookConfiguration {{ Id = {Id}, Name = {Name} }}";
}
