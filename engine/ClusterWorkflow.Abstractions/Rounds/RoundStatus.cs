namespace ClusterWorkflow.Abstractions.Rounds;

[GenerateSerializer, Alias("cw.round-status")]
public enum RoundStatus
{
    NotOpened,
    Open,
    Closed,
}
