namespace CoroDashboard.Gateway.Tokens;

/// <summary>
/// No token could be had for a credential. The message names the credential, never its secret.
/// </summary>
internal sealed class TokenUnavailableException(string credentialName, Exception inner)
    : Exception($"Could not sign in to Coro with credential '{credentialName}'.", inner);
