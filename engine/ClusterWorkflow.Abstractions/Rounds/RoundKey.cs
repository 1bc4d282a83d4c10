namespace ClusterWorkflow.Abstractions.Rounds;

/// <summary>
/// A round grain's key joins program and period with '~' (never '/', which would break URLs):
/// <c>nretp~2026-11</c>.
/// </summary>
public static class RoundKey
{
    public const char Separator = '~';

    public static string For(string programId, string period) => $"{programId}{Separator}{period}";
}
