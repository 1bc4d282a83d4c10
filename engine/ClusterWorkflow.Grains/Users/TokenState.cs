using ClusterWorkflow.Abstractions.Users;

namespace ClusterWorkflow.Grains.Users;

[GenerateSerializer, Alias("cw.token-state")]
public sealed class TokenState
{
    [Id(0)] public AccessToken? Token { get; set; }
}
