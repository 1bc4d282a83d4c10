namespace ClusterWorkflow.Abstractions.Users;

/// <summary>After <paramref name="MaxFailures"/> failed sign-ins in a row a user is locked out for <paramref name="Period"/>.</summary>
[GenerateSerializer, Immutable, Alias("cw.lockout-policy")]
public sealed record LockoutPolicy(int MaxFailures, TimeSpan Period);
