using CoroDashboard.Data.Assignments;

namespace CoroDashboard.Data.Tests;

public class AssignmentStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_is_matched_by_email_group_or_app_role_and_nothing_else(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<AssignmentStore>();
        await store.AddAsync(
            Assignment(SubjectKind.User, "Dana@Example.com", DashboardRole.CustomerAdmin, "ws-alpha"),
            "test");
        await store.AddAsync(
            Assignment(SubjectKind.Group, "grp-techs", DashboardRole.MspTechnician, "ws-bravo"), "test");
        await store.AddAsync(
            Assignment(SubjectKind.AppRole, "Msp.Admin", DashboardRole.MspAdmin, "ws-root"), "test");
        await store.AddAsync(
            Assignment(SubjectKind.User, "someone.else@example.com", DashboardRole.MspAdmin, "ws-root"),
            "test");

        var found = await store.FindForAsync(new SubjectIdentities(
            ["oid-123", "dana@example.com"], ["grp-techs"], ["msp.admin"]));

        Assert.Equal(
            [DashboardRole.MspAdmin, DashboardRole.MspTechnician, DashboardRole.CustomerAdmin],
            found.Select(a => a.Role).Order());
        Assert.DoesNotContain(found, a => a.Subject == "someone.else@example.com");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workspace_lists_and_exclusions_survive_the_round_trip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<AssignmentStore>();
        var assignment = Assignment(
            SubjectKind.User, "tech@example.com", DashboardRole.MspTechnician, "ws-sub");
        assignment.ExactWorkspaces = ["ws-alpha"];
        assignment.ExcludedWorkspaces = ["ws-sub-hidden"];
        await store.AddAsync(assignment, "admin@example.com");

        var stored = Assert.Single(await store.ListAsync());

        Assert.Equal(["ws-sub"], stored.Workspaces);
        Assert.Equal(["ws-alpha"], stored.ExactWorkspaces);
        Assert.Equal(["ws-sub-hidden"], stored.ExcludedWorkspaces);
        Assert.Equal("admin@example.com", stored.CreatedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_assignment_no_longer_names_anyone_and_tells_the_resolver(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = database.Get<AssignmentStore>();
        var changes = 0;
        store.Changed += () => changes++;
        var id = await store.AddAsync(
            Assignment(SubjectKind.Group, "GRP-Techs", DashboardRole.MspTechnician, "ws-a"), "t");

        Assert.True(await store.DeleteAsync(id));
        Assert.False(await store.DeleteAsync(id));

        Assert.Empty(await store.FindForAsync(new SubjectIdentities([], ["grp-techs"], [])));
        Assert.Equal(2, changes);
    }

    private static RoleAssignment Assignment(
        SubjectKind kind, string subject, DashboardRole role, string workspace) =>
        new() { SubjectKind = kind, Subject = subject, Role = role, Workspaces = [workspace] };
}
