namespace ClusterWorkflow.Host.Auth;

/// <summary>Body of <c>POST /api/auth/token</c>.</summary>
public sealed record TokenRequest(string? UserName, string? Password);

/// <summary>Answer of <c>POST /api/auth/token</c>: send <see cref="Token"/> as <c>Authorization: Bearer ...</c>.</summary>
public sealed record TokenAnswer(string Token, DateTimeOffset ExpiresAt, Abstractions.Users.UserInfo User);
