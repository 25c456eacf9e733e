using Microsoft.AspNetCore.DataProtection;

namespace CoroDashboard.Data;

/// <summary>
/// Encrypts secrets (Coro client secrets, PSA signing secrets) before they are stored, with
/// ASP.NET Core Data Protection. The key ring's location decides who can read them back.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CoroDashboard.Data.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
