namespace CoroDashboard.EndToEnd.Support;

/// <summary>
/// A dashboard of its own for tests that count the Coro calls a page load costs, so nothing
/// another test left running adds to the simulator's counters.
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuietDashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "quiet dashboard";
}
