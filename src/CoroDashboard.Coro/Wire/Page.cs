namespace CoroDashboard.Coro.Wire;

/// <summary>One page of a Coro list: <c>{items, totalElements}</c>.</summary>
public sealed record Page<T>
{
    public IReadOnlyList<T> Items { get => field ?? []; init; }

    public long TotalElements { get; init; }
}
