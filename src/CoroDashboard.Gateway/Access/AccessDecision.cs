namespace CoroDashboard.Gateway.Access;

/// <summary>Whether one caller may see one workspace.</summary>
internal enum AccessDecision { Allowed, Forbidden, NotFound }
