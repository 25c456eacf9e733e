namespace CoroDashboard.Web.Features.Settings;

public static class SettingsServices
{
    /// <summary>The per-circuit services of the settings pages.</summary>
    public static IServiceCollection AddDashboardSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsGuard>();
        services.AddScoped<AssignmentSettings>();
        services.AddScoped<CredentialSettings>();
        return services;
    }
}
