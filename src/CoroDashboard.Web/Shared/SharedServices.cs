namespace CoroDashboard.Web.Shared;

public static class SharedServices
{
    /// <summary>The per-circuit services of the shell and the pages.</summary>
    public static IServiceCollection AddDashboardShell(this IServiceCollection services)
    {
        services.AddScoped<Viewer>();
        services.AddScoped<ViewerClock>();
        return services;
    }
}
