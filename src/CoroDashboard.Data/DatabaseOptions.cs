namespace CoroDashboard.Data;

/// <summary>
/// Where the dashboard keeps its own data (section <c>Database</c>). With no PostgreSQL
/// connection string the dashboard uses a SQLite file.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite, e.g. <c>Data Source=corodashboard.db</c>; for PostgreSQL, an Npgsql string.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
