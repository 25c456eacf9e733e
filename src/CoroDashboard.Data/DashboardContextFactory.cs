using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data;

/// <summary>
/// Opens a short-lived context on whichever database is configured. Blazor circuits live long,
/// so nothing holds a context across calls.
/// </summary>
public sealed class DashboardContextFactory(Func<DashboardDbContext> create)
{
    public DashboardDbContext Create() => create();

    public async Task<T> UseAsync<T>(Func<DashboardDbContext, Task<T>> work)
    {
        await using var context = Create();
        return await work(context).ConfigureAwait(false);
    }
}
