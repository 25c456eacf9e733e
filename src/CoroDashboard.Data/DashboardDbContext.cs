using CoroDashboard.Data.Assignments;
using CoroDashboard.Data.Credentials;
using CoroDashboard.Data.Psa;
using Microsoft.EntityFrameworkCore;

namespace CoroDashboard.Data;

/// <summary>
/// The data the dashboard owns: role assignments, stored Coro credentials and PSA integrations.
/// Each database provider has its own subclass so that each keeps its own migrations.
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<StoredCredential> Credentials => Set<StoredCredential>();

    public DbSet<PsaIntegration> PsaIntegrations => Set<PsaIntegration>();

    public DbSet<PsaCompanyMapping> PsaCompanyMappings => Set<PsaCompanyMapping>();

    public DbSet<UsedLaunchNonce> UsedLaunchNonces => Set<UsedLaunchNonce>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RoleAssignment>(assignment =>
        {
            assignment.Property(a => a.Subject).HasMaxLength(320);
            assignment.Property(a => a.SubjectKind).HasConversion<string>().HasMaxLength(16);
            assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(32);
            assignment.HasIndex(a => new { a.SubjectKind, a.Subject });
        });

        modelBuilder.Entity<StoredCredential>(credential =>
        {
            credential.Property(c => c.Name).HasMaxLength(200);
            credential.Property(c => c.ClientId).HasMaxLength(200);
            credential.Property(c => c.WorkspaceId).HasMaxLength(200);
            credential.HasIndex(c => c.ClientId).IsUnique();
        });

        modelBuilder.Entity<PsaIntegration>(integration =>
        {
            integration.Property(i => i.Name).HasMaxLength(200);
            integration.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            integration.HasMany(i => i.Companies).WithOne().HasForeignKey(c => c.IntegrationId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PsaCompanyMapping>(mapping =>
        {
            mapping.Property(m => m.CompanyId).HasMaxLength(200);
            mapping.Property(m => m.WorkspaceId).HasMaxLength(200);
            mapping.HasIndex(m => new { m.IntegrationId, m.CompanyId }).IsUnique();
        });

        modelBuilder.Entity<UsedLaunchNonce>(nonce =>
        {
            nonce.HasKey(n => new { n.IntegrationId, n.Nonce });
            nonce.Property(n => n.Nonce).HasMaxLength(128);
            nonce.HasIndex(n => n.ExpiresAt);
        });
    }
}

/// <summary>The default database: a SQLite file.</summary>
public sealed class SqliteDashboardDbContext(DbContextOptions<SqliteDashboardDbContext> options)
    : DashboardDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no type for instants with offsets; stored as binary ticks they still compare
        // and sort inside the database (nonce expiry relies on that).
        configurationBuilder.Properties<DateTimeOffset>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The production database: PostgreSQL.</summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options)
    : DashboardDbContext(options);
