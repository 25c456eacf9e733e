using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>Builds workspace records with ids in Coro's <c>&lt;domainslug&gt;_&lt;4 chars&gt;_&lt;1 char&gt;</c> form.</summary>
internal sealed class WorkspaceFactory(Random random, DateTimeOffset now)
{
    public static string Slug(string companyName) =>
        string.Concat(companyName.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'))
            .Replace("--", "-", StringComparison.Ordinal).Trim('-');

    public static string DomainFor(string companyName) => $"{Slug(companyName)}.example.com";

    public string NewId(string domain) =>
        $"{string.Concat(domain.Where(char.IsLetterOrDigit)).ToLowerInvariant()}_"
        + $"{random.UpperOrDigit(4)}_{random.Letters(1, upper: false)}";

    public Workspace Create(string companyName, WorkspaceType type, string? parentId, string? id = null)
    {
        var domain = DomainFor(companyName);
        var admin = $"{random.Pick(Names.FirstNames).ToLowerInvariant()}.admin@{domain}";
        var created = now - random.Span(TimeSpan.FromDays(150), TimeSpan.FromDays(1400));
        return new Workspace
        {
            Id = id ?? NewId(domain),
            CompanyName = companyName,
            DisplayName = companyName,
            Type = type,
            Domain = domain,
            MaxProtectedUsers = type == WorkspaceType.Child ? random.Pick([25, 50, 100, 250, 500, 1000]) : null,
            NotificationsLevel = random.Chance(0.8) ? NotificationsLevel.All : NotificationsLevel.Parent,
            ParentWorkspaceId = parentId,
            MainAdminEmail = admin,
            AdminEmails = [admin],
            PendingAdminEmails = random.Chance(0.2) ? [$"new.admin@{domain}"] : [],
            LastAdminLoginTime = now - random.Span(TimeSpan.FromMinutes(5), TimeSpan.FromDays(30)),
            WorkspaceCreationTime = created,
            WorkspaceCreationType = "direct",
            MaxDevicesLimit = type == WorkspaceType.Child ? 2000 : null,
            Status = WorkspaceStatus.Active,
        };
    }
}
