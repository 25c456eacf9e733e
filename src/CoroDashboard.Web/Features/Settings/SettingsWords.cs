using CoroDashboard.Data.Assignments;

namespace CoroDashboard.Web.Features.Settings;

/// <summary>The words the settings pages use for roles and kinds of subject.</summary>
public static class SettingsWords
{
    public static string Role(DashboardRole role) => role switch
    {
        DashboardRole.MspAdmin => "MSP admin",
        DashboardRole.MspTechnician => "MSP technician",
        _ => "Customer admin (read-only)",
    };

    public static string Kind(SubjectKind kind) => kind switch
    {
        SubjectKind.AppRole => "Entra app role",
        SubjectKind.Group => "Entra group",
        _ => "Person",
    };

    public static string SubjectHint(SubjectKind kind) => kind switch
    {
        SubjectKind.AppRole => "The app role's value, e.g. MspTechnician",
        SubjectKind.Group => "The group's object id (needs the groups claim in the token)",
        _ => "Their email (as they sign in) or their Entra object id",
    };
}
