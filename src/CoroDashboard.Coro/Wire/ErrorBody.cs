using System.Text.Json;

namespace CoroDashboard.Coro.Wire;

/// <summary>
/// Coro's error body (problem+json). The items of <c>errors</c> have no documented shape: they are
/// kept as raw JSON and turned into text by <see cref="CoroApiException"/>.
/// </summary>
public sealed record ErrorBody
{
    public int? Status { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<JsonElement> Errors { get => field ?? []; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? TraceId { get; init; }
}
