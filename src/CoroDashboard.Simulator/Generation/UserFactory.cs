using CoroDashboard.Coro.Wire;

namespace CoroDashboard.Simulator.Generation;

/// <summary>Builds protected users with unique emails in the workspace's domain.</summary>
internal sealed class UserFactory(Random random)
{
    public List<ProtectedUser> CreateMany(int count, string domain)
    {
        var users = new List<ProtectedUser>(count);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (users.Count < count)
        {
            var first = random.Pick(Names.FirstNames);
            var last = random.Pick(Names.LastNames);
            var email = $"{first}.{last}".ToLowerInvariant();
            for (var suffix = 2; !taken.Add(email); suffix++)
                email = $"{first}.{last}{suffix}".ToLowerInvariant();
            users.Add(Create($"{first} {last}", $"{email}@{domain}"));
        }
        return users;
    }

    public ProtectedUser Create(string name, string email) => new()
    {
        Id = random.Hex(24),
        Email = email,
        Name = name,
        IsProtected = !random.Chance(0.12),
        Aliases = random.Chance(0.15) ? [email.Replace("@", ".alias@", StringComparison.Ordinal)] : [],
        Status = random.Chance(0.03) ? ProtectedUserStatus.Suspended : ProtectedUserStatus.Active,
        Labels = random.Chance(0.25) ? [random.Pick(["Finance", "Executives", "Contractors", "IT"])] : [],
        CloudApplications = CloudApplications(),
        HasUnresolvedTickets = false,
        OpenTicketsCount = 0,
        Vulnerabilities = [],
        DevicesCount = 0,
        ExternalForwardingRulesRemoval = random.Chance(0.6),
    };

    private List<UserCloudApplication> CloudApplications()
    {
        var apps = new List<UserCloudApplication>
        {
            new() { Name = random.Chance(0.7) ? "office365" : "googleWorkspace", MfaEnabled = random.Chance(0.75) },
        };
        if (random.Chance(0.3))
            apps.Add(new UserCloudApplication { Name = "slack", MfaEnabled = random.Chance(0.5) });
        if (random.Chance(0.15))
            apps.Add(new UserCloudApplication { Name = "salesforce", MfaEnabled = random.Chance(0.6) });
        return apps;
    }
}
