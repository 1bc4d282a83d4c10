namespace ClusterWorkflow.Abstractions.People;

/// <summary>
/// The person behind a command, as the caller established it from the signed-in user (never from a
/// request body). <paramref name="Roles"/> are workflow role names (<c>tsa</c>, <c>districtReviewer</c>,
/// <c>stateReviewer</c>, <c>programManager</c>, <c>admin</c>, <c>viewer</c>); the scope says where
/// each role applies: <paramref name="TsaId"/> for a TSA officer (clusters whose profile names it),
/// <paramref name="Districts"/> for a district reviewer, <paramref name="States"/> for a state reviewer.
/// Program managers and administrators act everywhere.
/// </summary>
[GenerateSerializer, Immutable, Alias("cw.actor")]
public sealed record Actor(
    string UserId,
    string Name,
    IReadOnlyList<string> Roles,
    string? TsaId = null,
    IReadOnlyList<string>? Districts = null,
    IReadOnlyList<string>? States = null)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
