using CoroDashboard.Data.Assignments;
using CoroDashboard.Data.Credentials;
using CoroDashboard.Data.Psa;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoroDashboard.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the dashboard's database (SQLite by default, PostgreSQL when configured) and its
    /// stores. Call <see cref="DashboardDatabase.MigrateAsync"/> once at start.
    /// </summary>
    public static IServiceCollection AddDashboardData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        return services.AddDashboardData(options);
    }

    public static IServiceCollection AddDashboardData(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but Database:ConnectionString is empty.");
            services.AddDbContextFactory<PostgresDashboardDbContext>(db => db.UseNpgsql(options.ConnectionString));
            services.AddSingleton(provider => new DashboardContextFactory(
                provider.GetRequiredService<IDbContextFactory<PostgresDashboardDbContext>>().CreateDbContext));
        }
        else
        {
            var connection = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? "Data Source=corodashboard.db"
                : options.ConnectionString;
            services.AddDbContextFactory<SqliteDashboardDbContext>(db => db.UseSqlite(connection));
            services.AddSingleton(provider => new DashboardContextFactory(
                provider.GetRequiredService<IDbContextFactory<SqliteDashboardDbContext>>().CreateDbContext));
        }

        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<CredentialStore>();
        services.AddSingleton<AssignmentStore>();
        services.AddSingleton<PsaIntegrationStore>();
        return services;
    }
}

public static class DashboardDatabase
{
    /// <summary>Creates the database if needed and applies the migrations in the repository.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var db = services.GetRequiredService<DashboardContextFactory>().Create();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
