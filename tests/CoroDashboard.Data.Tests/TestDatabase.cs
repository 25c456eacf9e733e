using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoroDashboard.Data.Tests;

/// <summary>
/// A fresh, migrated database of one provider for one test: a SQLite file in a temporary folder,
/// or a new database on the PostgreSQL server named by COROD_TEST_POSTGRES (which .ci/run starts).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "COROD_TEST_POSTGRES";

    private readonly Func<Task> _cleanup;

    private TestDatabase(ServiceProvider services, Func<Task> cleanup)
    {
        Services = services;
        _cleanup = cleanup;
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static IEnumerable<object[]> Providers()
    {
        yield return ["Sqlite"];
        if (PostgresServer() is not null || IsCi())
            yield return ["Postgres"];
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var (options, cleanup) = provider == "Postgres" ? await CreatePostgresAsync() : CreateSqlite();
        var services = new ServiceCollection().AddDashboardData(options).BuildServiceProvider();
        await DashboardDatabase.MigrateAsync(services);
        return new TestDatabase(services, cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _cleanup();
    }

    private static (DatabaseOptions, Func<Task>) CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("corodashboard-data-");
        var options = new DatabaseOptions { ConnectionString = $"Data Source={folder.FullName}/dashboard.db;Pooling=false" };
        return (options, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<(DatabaseOptions, Func<Task>)> CreatePostgresAsync()
    {
        var server = PostgresServer() ?? throw new InvalidOperationException(
            $"CI must provide a PostgreSQL server in {PostgresVariable}.");
        var name = "corodashboard_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        var options = new DatabaseOptions { Provider = "Postgres", ConnectionString = builder.ConnectionString };
        return (options, () => ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
