using ClusterWorkflow.Abstractions.Rounds;

namespace ClusterWorkflow.Abstractions.Submissions;

/// <summary>A submission grain's key: <c>program~period~cluster</c>.</summary>
public static class SubmissionKey
{
    public static string For(string roundKey, string clusterId) => $"{roundKey}{RoundKey.Separator}{clusterId}";
}
